"""ETL: government releases and curated series -> data/indicators.parquet (see etl/__main__.py)."""
