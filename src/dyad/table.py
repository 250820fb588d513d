"""Readable tables of an Article record for a terminal."""

from __future__ import annotations

import shutil


def render(record: dict) -> str:
    width = shutil.get_terminal_size((120, 40)).columns
    title = record.get("title") or record["id"]
    lines = [f"{title}  (published {record.get('published') or 'unknown'})", ""]
    lines += _table(
        f"Events ({len(record['events'])})",
        ["id", "type", "cameo", "actor", "recipient", "trigger", "date", "place", "status", "via"],
        [[e["id"], e["type"] + (f"/{e['mode']}" if e["mode"] else ""), e["cameo"] or "",
          _mentions(e["actor"]), _mentions(e["recipient"]), e["trigger"]["text"],
          (e["date"] or {}).get("value", ""), (e["location"] or {}).get("name") or "",
          e["status"], e["attribution"] or ""] for e in record["events"]],
        width,
    )
    lines.append("")
    lines += _table(
        f"Attributions ({len(record['attributions'])})",
        ["id", "source", "cue", "content", "direct", "via"],
        [[a["id"], _mention(a["source"]) if a["source"] else "", " … ".join(c["text"] for c in a["cue"]),
          " … ".join(c["text"] for c in a["content"]), "yes" if a["direct"] else "", a["via"] or ""]
         for a in record["attributions"]],
        width,
    )
    for warning in record.get("warnings", []):
        lines.append(f"warning: {warning}")
    return "\n".join(lines)


def _mention(m: dict) -> str:
    label = m.get("name") or m["text"]
    return f"{label} [{m['code']}]" if m.get("code") else label


def _mentions(mentions: list[dict]) -> str:
    return "; ".join(_mention(m) for m in mentions)


def _table(caption: str, header: list[str], rows: list[list[str]], width: int) -> list[str]:
    rows = [[" ".join(str(cell).split()) for cell in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    # Shrink the widest column until the table fits the terminal.
    while sum(widths) + 2 * len(widths) > width and max(widths) > 12:
        widths[widths.index(max(widths))] -= 1
    fmt = "  ".join(f"{{:{w}.{w}}}" for w in widths)
    out = [caption, fmt.format(*header), fmt.format(*("-" * w for w in widths))]
    out += [fmt.format(*(_clip(cell, w) for cell, w in zip(row, widths))) for row in rows]
    return out


def _clip(cell: str, width: int) -> str:
    return cell if len(cell) <= width else cell[: width - 1] + "…"
