"""Text patterns that retrieval routing and the assistant share, so both mean the same by "a question for
money" and "an amount"."""
from __future__ import annotations

import re

MONEY_QUESTION = re.compile(r"\b(budget\w*|begrot\w*|kost\w*|geld|euro|bedrag\w*|tarie\w*|investe\w*|"
                            r"uitgetrokken|gereserveerd|besteed\w*|uitgave\w*|"
                            r"\w+(?:begroting(?:en)?|budget(?:ten)?|kosten)|"
                            r"cost\w*|money|spend\w*|funding)\b|€", re.I)
"""A question that asks for an amount ("Wat kost …", "besteedt", a compound such as "vernieuwingsbegroting"
or "personeelskosten"); not "middelen", which as often means means as money ("Over hoeveel gemeenten
waren de middelen verdeeld?")."""
