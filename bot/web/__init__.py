"""The assistant's own web pages (Sanic): the citizen's wall screen, and the staff API.

bot.web.screens keeps the secret screen links; bot.web.wall builds and serves the day
view; bot.web.app puts them in one Sanic app, run by `python -m bot web`.
"""
