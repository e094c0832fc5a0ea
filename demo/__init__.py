"""Demo content for `manage.py load_demo`: a believable site in Kyrgyz, Russian and English.

One module per content family; `loader.load_demo()` builds them in order. Everything is keyed on
slugs, titles, emails or codes, so a second run finds what exists and creates nothing new.
"""
