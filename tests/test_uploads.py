"""Upload names and checks (pure functions; the HTTP side is in test_api.py)."""
from __future__ import annotations

import pytest

from ui.uploads import Upload, UploadError, check_upload, safe_name, save_upload


@pytest.mark.parametrize("name", ["../../etc/passwd.pdf", "..%2f..%2fetc%2fpasswd.pdf", "C:\\Users\\x\\..\\plan.PDF",
                                  "a\x00b\x1f\x7fc.pdf", "....pdf", "", "/", "..", ".hidden.pdf",
                                  "dir/sub\\..\\x.pdf", "plan\u202e.fdp.pdf", "x" * 400 + ".pdf"])
def test_safe_name_never_leaves_the_folder(name):
    safe = safe_name(name)
    assert safe.endswith(".pdf") and len(safe) <= 124
    assert "/" not in safe and "\\" not in safe and ".." not in safe and not safe.startswith(".")
    assert all(ch.isprintable() for ch in safe)


def test_safe_name_keeps_ordinary_names_and_never_decodes_percent():
    assert safe_name("Regioplan 2024 (def).pdf") == "Regioplan 2024 (def).pdf"
    assert safe_name("../../etc/passwd.pdf") == "passwd.pdf"
    assert "2f" in safe_name("..%2f..%2fetc%2fpasswd.pdf")  # left as it was written, not turned into '/'
    assert safe_name("notities.txt") == "notities.txt.pdf"


@pytest.mark.parametrize("data, status", [(b"", 400), (b"hallo", 415), (b"%PDF-1.7" + b"0" * 2048, 413),
                                          (b"%PDF-1.7\n1 0 obj", 400)])
def test_check_upload_statuses(data, status):
    with pytest.raises(UploadError) as err:
        check_upload(Upload("x.pdf", data), max_bytes=1024)
    assert err.value.http_status == status and "x.pdf" not in str(err.value)  # the file is named beside it


def test_a_name_held_by_other_content_gets_a_free_variant(tmp_path):
    taken = {"plan.pdf": "0" * 64}
    first = save_upload(Upload("plan.pdf", b"%PDF-1.7 een\n%%EOF"), tmp_path, 1 << 20, taken)
    second = save_upload(Upload("plan.pdf", b"%PDF-1.7 twee\n%%EOF"), tmp_path, 1 << 20, taken)
    same = save_upload(Upload("plan-2.pdf", b"%PDF-1.7 een\n%%EOF"), tmp_path, 1 << 20, taken)
    assert (first.name, second.name, same.name) == ("plan-2.pdf", "plan-3.pdf", "plan-2.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan-2.pdf", "plan-3.pdf"]
