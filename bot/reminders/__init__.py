"""Medicine reminders that are never lost: our own store and scheduler; Rasa only talks.

Import the pieces from their modules (`bot.reminders.store`, `.scheduler`, ...); this
package file stays empty so importing one part does not pull in aiohttp or SQLAlchemy.
"""
