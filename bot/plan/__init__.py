"""The citizen's day plan: items, repeats, overlaps, and calendar files (.ics).

bot.plan.store.PlanStore keeps items per citizen; bot.plan.queries answers "what is on
today / now / next" from them; bot.plan.ical exports and imports iCalendar files.
"""
