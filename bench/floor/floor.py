"""Written by bench/bench_pages.py: the smallest Dash app of its kind, the floor a page is measured against."""
import plotly.graph_objects as go
from dash import Dash, Input, Output, dcc, html

YEARS = list(range(2013, 2025))


def figure(seed: int, k: int) -> go.Figure:
    fig = go.Figure()
    for line in range(3):
        fig.add_scatter(x=YEARS, y=[100 + 7 * line + (seed * 3 + k + i * (line + 1)) % 17 for i in range(len(YEARS))],
                        mode="lines+markers", name=f"series {line}")
    fig.update_layout(title=f"chart {k}", margin=dict(l=40, r=20, t=40, b=30), height=320)
    return fig


OPTIONS = [{"label": f"option {i}", "value": i} for i in range(40)]

app = Dash(__name__)  # Dash's defaults: dcc.Graph loads plotly.js's full bundle
server = app.server
app.layout = html.Div([dcc.Dropdown(id="choice", options=OPTIONS, value=0, clearable=False),
                       dcc.Graph(id="graph-0")])


@app.callback(Output("graph-0", "figure"), Input("choice", "value"))
def draw(value):
    return figure(value or 0, 0)
