"""Vendor the WebUI's third-party ES modules from the npm registry into synth/webui/vendor/.

The page has no build step, so the browser loads these files as they are, resolved by the
import map in synth/webui/index.html. The versions are pinned here; rerun after changing one:

    python scripts/vendor_webui.py           # fetch with `npm pack`, rewrite vendor/ in place
    python scripts/vendor_webui.py --check   # exit 1 when vendor/ differs from the packages

Each package is fetched with `npm pack <name>@<version>` into a temporary folder (no
node_modules, no install scripts run), and only the named entry modules are copied, plus every
module they import by relative path, plus the package's LICENSE. VERSIONS.md records what
was taken and the registry's integrity hash of each tarball.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "synth" / "webui" / "vendor"

# `import ... from './x.js'`, `export ... from '../y.js'` and bare `import './z.js'`.
RELATIVE_IMPORT = re.compile(
    r"""(?:\bfrom\s*|\bimport\s*)(["'])(\.{1,2}/[^"'\n]+)\1""",
)


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    folder: str  # under vendor/
    entries: tuple[str, ...]  # paths inside the package
    licenses: tuple[str, ...] = ("LICENSE",)


PACKAGES = (
    Package(
        "three",
        "0.187.0",
        "three",
        (
            "build/three.module.js",
            "examples/jsm/loaders/GLTFLoader.js",
            "examples/jsm/loaders/FBXLoader.js",
        ),
    ),
    Package("@pixiv/three-vrm", "3.5.5", "three-vrm", ("lib/three-vrm.module.js",)),
    Package(
        "@pixiv/three-vrm-animation",
        "3.5.5",
        "three-vrm-animation",
        ("lib/three-vrm-animation.module.js",),
    ),
)


def npm_pack(package: Package, into: Path) -> tuple[Path, str]:
    """The tarball of ``package`` and the registry's integrity string for it."""
    out = subprocess.run(
        ["npm", "pack", f"{package.name}@{package.version}", "--json", "--pack-destination", "."],
        cwd=into,
        check=True,
        capture_output=True,
        text=True,
    )
    info = json.loads(out.stdout)[0]
    return into / info["filename"], info["integrity"]


def extract(tarball: Path, into: Path) -> Path:
    """Unpack an npm tarball, refusing any member that would land outside ``into``."""
    root = into.resolve()
    with tarfile.open(tarball) as archive:
        for member in archive.getmembers():
            target = (root / member.name).resolve()
            if not target.is_relative_to(root) or not (member.isfile() or member.isdir()):
                raise SystemExit(f"refusing tar member {member.name!r} of {tarball.name}")
        archive.extractall(root, filter="data")
    return root / "package"


def module_closure(package_root: Path, entries: tuple[str, ...]) -> list[str]:
    """The entries and every module they reach by relative imports, sorted."""
    seen: set[str] = set()
    todo = list(entries)
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        source = package_root / path
        if not source.is_file():
            raise SystemExit(f"{path} is missing from the package")
        seen.add(path)
        text = source.read_text(encoding="utf-8")
        for match in RELATIVE_IMPORT.finditer(text):
            joined = PurePosixPath(path).parent / match.group(2)
            todo.append(normalise(joined))
    return sorted(seen)


def normalise(path: PurePosixPath) -> str:
    parts: list[str] = []
    for part in path.parts:
        if part == "..":
            if not parts:
                raise SystemExit(f"import escapes the package: {path}")
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


def build(into: Path, work: Path) -> str:
    """Write the vendored tree into ``into``; returns the VERSIONS.md text."""
    lines = [
        "# Vendored JavaScript",
        "",
        "Written by `scripts/vendor_webui.py` from the npm registry (`npm pack`); do not edit",
        "by hand. Change a version in the script and rerun it.",
        "",
        "| package | version | license | tarball integrity |",
        "|---|---|---|---|",
    ]
    files: list[str] = []
    for package in PACKAGES:
        folder = work / package.folder
        folder.mkdir(parents=True)
        tarball, integrity = npm_pack(package, folder)
        package_root = extract(tarball, folder / "unpacked")
        license_name = json.loads((package_root / "package.json").read_text())["license"]
        lines.append(f"| `{package.name}` | {package.version} | {license_name} | `{integrity}` |")
        for path in (*module_closure(package_root, package.entries), *package.licenses):
            target = into / package.folder / path
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(package_root / path, target)
            files.append(f"{package.folder}/{path}")
    lines += [
        "",
        "`three/examples/jsm/libs/fflate.module.js` is fflate (MIT), shipped inside the three",
        "package; its header carries its notice.",
        "",
        "## Files",
        "",
        *(f"- `{name}`" for name in sorted(files)),
        "",
    ]
    return "\n".join(lines)


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        return {}
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="synth-vendor-") as tmp:
        staged = Path(tmp) / "vendor"
        staged.mkdir()
        versions = build(staged, Path(tmp) / "work")
        (staged / "VERSIONS.md").write_text(versions, encoding="utf-8")
        if args.check:
            if snapshot(staged) != snapshot(VENDOR):
                print(f"{VENDOR} is stale: rerun scripts/vendor_webui.py", file=sys.stderr)
                return 1
            print(f"{VENDOR} matches the pinned packages")
            return 0
        if VENDOR.exists():
            shutil.rmtree(VENDOR)
        shutil.copytree(staged, VENDOR)
    print(f"vendored {len(PACKAGES)} packages into {VENDOR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
