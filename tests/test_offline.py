"""Offline proof: the real CLI ingests a PDF and searches it without opening a single non-loopback network
connection. Every subprocess runs with a sitecustomize.py (first on PYTHONPATH) whose audit hook logs and
blocks non-loopback socket.connect/sendto and name lookups; where strace works, the same runs are also
traced at the syscall level, which sees native code (Rust, C++) that bypasses Python's socket module."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ui.settings import OFFLINE_ENV
from conftest import RENKUM, ROOT, beleid_cmd, copy_corpus

pytestmark = pytest.mark.slow

LOG_VAR = "BELEID_NET_GUARD_LOG"
LOADED_VAR = "BELEID_NET_GUARD_LOADED"
TEST_NET_3 = "203.0.113.1"  # documentation range, never routed; the only outside address ever named here

SITECUSTOMIZE = textwrap.dedent('''
    """Test network guard, loaded by `site` in every Python process of the offline test."""
    import ipaddress
    import os
    import socket
    import sys

    _LOG = os.environ.get("BELEID_NET_GUARD_LOG")
    _LOADED = os.environ.get("BELEID_NET_GUARD_LOADED")


    def _is_local(host):
        if host is None:
            return True
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        host = str(host)
        if host in ("", "localhost"):
            return True
        try:
            ip = ipaddress.ip_address(host.split("%")[0])
        except ValueError:
            return False  # a host name other than localhost: resolving it may already go out
        if ip.version == 6 and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        return ip.is_loopback


    def _hook(event, args):
        if event in ("socket.connect", "socket.sendto"):
            sock, address = args[0], args[1]
            if getattr(sock, "family", None) not in (socket.AF_INET, socket.AF_INET6):
                return  # AF_UNIX, netlink: not the network
            host = address[0] if isinstance(address, tuple) else address
        elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                       "socket.gethostbyaddr"):
            host = address = args[0]
        else:
            return
        if _is_local(host):
            return
        with open(_LOG, "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()}\\t{event}\\t{address!r}\\t{sys.orig_argv[1:4]!r}\\n")
        raise OSError(f"offline guard: {event} {address!r} is forbidden")


    if _LOG:
        sys.addaudithook(_hook)
        if _LOADED:
            with open(_LOADED, "a", encoding="utf-8") as f:
                f.write(" ".join(sys.orig_argv) + "\\n")
''')

INET = re.compile(r'sin_addr=inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)"')


def strace_prefix(trace: Path) -> list[str] | None:
    """A working `strace` command line that records every connect/sendto/sendmsg, or None."""
    exe = shutil.which("strace")
    if not exe:
        return None
    for fast in (["--seccomp-bpf"], []):
        cmd = [exe, "-f", "-qq", *fast, "-e", "trace=connect,sendto,sendmsg", "-o", str(trace)]
        try:
            ok = subprocess.run(cmd + ["true"], capture_output=True, timeout=30).returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            ok = False
        if ok:
            trace.unlink(missing_ok=True)
            return cmd
    return None


def non_loopback_syscalls(trace: Path) -> list[str]:
    import ipaddress

    out = []
    for line in trace.read_text(errors="replace").splitlines() if trace.exists() else []:
        for v4, v6 in INET.findall(line):
            ip = ipaddress.ip_address(v4 or v6)
            if ip.version == 6 and ip.ipv4_mapped is not None:
                ip = ip.ipv4_mapped
            if not ip.is_loopback:
                out.append(line)
    return out


@pytest.fixture(scope="module")
def guard(tmp_path_factory):
    """A guarded environment for subprocesses: the audit hook on, the offline variables NOT preset (the code
    under test must set them itself), a fresh BELEID_HOME."""
    root = tmp_path_factory.mktemp("offline")
    site_dir = root / "site"
    site_dir.mkdir()
    (site_dir / "sitecustomize.py").write_text(SITECUSTOMIZE)
    log, loaded = root / "network.log", root / "loaded.log"
    env = {k: v for k, v in os.environ.items() if k not in OFFLINE_ENV}
    env.update({
        "PYTHONPATH": os.pathsep.join([str(site_dir), str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]),
        LOG_VAR: str(log), LOADED_VAR: str(loaded), "BELEID_HOME": str(root / "home"),
        "XDG_CACHE_HOME": str(root / "xdg-cache"),  # where onnxruntime's usage events would be kept
    })

    def run(cmd: list[str], trace: Path | None = None, **kw) -> subprocess.CompletedProcess:
        prefix = strace_prefix(trace) if trace else None
        return subprocess.run((prefix or []) + cmd, env={**env, **kw.pop("env", {})}, capture_output=True,
                              text=True, timeout=kw.pop("timeout", 600), cwd=root, **kw)

    def read(path: Path) -> str:
        return path.read_text() if path.exists() else ""

    return {"root": root, "env": env, "run": run, "log": log, "loaded": loaded, "read": read}


@pytest.fixture(scope="module")
def cli_runs(guard):
    """`beleid ingest <one PDF>` then `beleid search ... --json`, both guarded (and straced if possible)."""
    root = guard["root"]
    corpus = copy_corpus(root / "corpus", [RENKUM])
    traces = [root / "ingest.strace", root / "search.strace"]
    ingest = guard["run"](beleid_cmd() + ["ingest", "--json", str(corpus / RENKUM)], traces[0])
    search = guard["run"](beleid_cmd() + ["search", "Wat kosten de buurtcirkels in Renkum?", "-k", "5", "--json"],
                          traces[1])
    straced = strace_prefix(root / "probe.strace") is not None
    return {"ingest": ingest, "search": search, "traces": traces, "straced": straced}


def test_no_usage_events_are_collected(guard, cli_runs):
    """onnxruntime 1.32 keeps a device id and an event database for upload unless told not to: nothing may
    be written there (nor under the real home's cache, where it goes without XDG_CACHE_HOME)."""
    assert not (guard["root"] / "xdg-cache" / "Microsoft").exists()


def test_ingest_and_search_succeed_offline(guard, cli_runs):
    ingest, search = cli_runs["ingest"], cli_runs["search"]
    assert ingest.returncode == 0, ingest.stderr
    [result] = json.loads(ingest.stdout)
    assert (result["file"], result["status"]) == (RENKUM, "toegevoegd") and result["chunks"] > 0
    assert search.returncode == 0, search.stderr
    hits = json.loads(search.stdout)
    assert hits and all(h["file"] == RENKUM for h in hits)
    assert {h["page"] for h in hits} & {6, 8}, [(h["page"], h["text"][:60]) for h in hits]
    assert any("buurtcirkel" in h["text"].lower() for h in hits)
    assert any(h["dense"] is not None for h in hits), "the dense leg (embedder + Chroma) did not run"
    assert (guard["root"] / "home" / "chroma").is_dir()  # the embedded store was really used


def test_no_network_attempt_was_logged(guard, cli_runs):
    assert cli_runs["ingest"].returncode == 0 and cli_runs["search"].returncode == 0
    assert guard["read"](guard["log"]) == "", "network attempts during ingest/search:\n" + guard["read"](guard["log"])
    # the guard was really loaded in both CLI processes (not silently bypassed)
    loaded = guard["read"](guard["loaded"]).splitlines()
    assert any("beleid" in line and " ingest " in line for line in loaded), loaded
    assert any("beleid" in line and " search " in line for line in loaded), loaded


def test_no_native_non_loopback_connect(guard, cli_runs):
    """strace sees what the audit hook cannot: connects made by native code (chromadb's Rust core, tokenizers,
    torch). Skipped where strace is missing or ptrace is not permitted."""
    if not cli_runs["straced"]:
        pytest.skip("strace not available or not permitted here")
    for trace in cli_runs["traces"]:
        assert trace.exists(), trace
        assert non_loopback_syscalls(trace) == [], f"{trace.name}: non-loopback connects"
    # positive control for the syscall layer: a UDP connect() sends no packet but is a connect syscall
    control = guard["root"] / "control.strace"
    run = guard["run"]([sys.executable, "-c",
                        f"import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).connect(('{TEST_NET_3}', 9))"],
                       control, env={LOG_VAR: ""})  # without the audit hook, so the syscall happens
    assert run.returncode == 0, run.stderr
    assert [TEST_NET_3 in line for line in non_loopback_syscalls(control)] == [True]


def test_guard_blocks_and_logs_a_real_connection_attempt(guard):
    """Positive control: in the same guarded environment an outside connection fails and is logged."""
    log = guard["root"] / "control.log"  # its own log, so the CLI runs' log stays as they left it
    run = guard["run"]([sys.executable, "-c",
                        f"import socket; socket.create_connection(('{TEST_NET_3}', 80), timeout=1)"],
                       env={LOG_VAR: str(log)})
    assert run.returncode != 0
    assert "offline guard" in run.stderr, run.stderr
    assert TEST_NET_3 in guard["read"](log), guard["read"](log)
    # the raw connect path too, and loopback stays allowed (the Chroma-server mode needs it)
    code = textwrap.dedent(f"""
        import socket
        srv = socket.create_server(("127.0.0.1", 0))
        socket.create_connection(srv.getsockname(), timeout=5).close()
        s = socket.socket()
        try:
            s.connect(("{TEST_NET_3}", 80))
        except OSError as exc:
            print("blocked:", exc)
        else:
            raise SystemExit("raw connect was not blocked")
    """)
    run = guard["run"]([sys.executable, "-c", code], env={LOG_VAR: str(log)})
    assert run.returncode == 0, run.stderr
    assert "blocked: offline guard" in run.stdout
    entries = [line.split("\t")[1:3] for line in guard["read"](log).splitlines()]
    # the first run was stopped at the name lookup, the second at the raw connect; the loopback one passed
    assert entries == [["socket.getaddrinfo", repr(TEST_NET_3)], ["socket.connect", repr((TEST_NET_3, 80))]]


def test_chromadb_via_our_code_path_sends_no_telemetry(guard):
    """Import chromadb and make the persistent client the way the index does, with ANONYMIZED_TELEMETRY unset
    (the guard env drops it): our code must switch telemetry off itself, and nothing may go out."""
    log = guard["root"] / "telemetry.log"
    code = textwrap.dedent("""
        import json, os, sys
        from pathlib import Path
        assert "ANONYMIZED_TELEMETRY" not in os.environ
        from ui.library import Library
        from ui.settings import Settings
        lib = Library(Settings(home=Path(sys.argv[1])))
        store = lib.index.store  # chroma_client(home) + ChromaStore, as ingest and search make it
        store.upsert(["x"], [[1.0] + [0.0] * 383], [{"file": "x.pdf", "page": 1, "kind": "text"}], ["x"])
        found = store.query([1.0] + [0.0] * 383, 1)
        from index.dense import chroma_client
        settings = chroma_client(lib.settings.home).get_settings()
        print(json.dumps({"telemetry": settings.anonymized_telemetry, "found": found,
                          "impl": settings.chroma_product_telemetry_impl,
                          "chromadb": "chromadb" in sys.modules}))
    """)
    home = guard["root"] / "telemetry-home"
    run = guard["run"]([sys.executable, "-c", code, str(home)], env={LOG_VAR: str(log)})
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert out["chromadb"] and out["telemetry"] is False, out
    assert out["found"][0][0] == "x"
    assert (home / "chroma").is_dir()
    assert guard["read"](log) == "", guard["read"](log)
    assert any(str(home) in line for line in guard["read"](guard["loaded"]).splitlines())  # hook was on
