# The two commands a fresh machine needs (see README.md).
.PHONY: run test bench

run:
	scripts/setup
	.venv/bin/beleid ingest
	.venv/bin/beleid serve

test:
	scripts/setup
	.venv/bin/python -m pytest -q

bench:
	scripts/setup
	.venv/bin/python bench/ingest.py
	.venv/bin/python bench/search.py
	.venv/bin/python bench/pages.py
	.venv/bin/python bench/serve.py
	.venv/bin/python bench/compare.py
