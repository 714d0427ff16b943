"""What has an id on the page: cards, filters, navbar, page guard and message box, export menu,
briefing button; `ids.py` names every pattern-matching id."""
