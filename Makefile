# The two commands a fresh machine needs (see README.md).
.PHONY: run test bench

run:
	scripts/setup
	.venv/bin/beleid ingest
	.venv/bin/beleid search "Hoeveel geld is er in 2023 voor het herstelcentrum in Maashorst?" -k 3
	.venv/bin/beleid chat

test:
	scripts/setup
	.venv/bin/python -m pytest -q

bench:
	scripts/setup
	.venv/bin/python bench/ingest.py
	.venv/bin/python bench/search.py
