"""What leaves the browser, no Dash: chart images (kaleido), the briefing deck (PPTX/ZIP), the /export route."""
