"""Plain Python, no Dash: data access (store), the chart spec, the figure factory, formatting, i18n,
URL state and downloads. Pages, the export and tests all build on it; a test checks it never imports dash."""
