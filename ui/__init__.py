"""The chat window: `python -m ui` or `assistant serve`."""
