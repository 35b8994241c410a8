"""The entity speaker resolution is building: its mentions, aliases, titles, nations and gender.

:mod:`.resolve` links every mention to one of these and freezes them into
:class:`~summit_nlp.model.Entity` objects at the end; nothing else sees them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .naming import title_roles
from ..model import Mention

__all__ = ["EntityBuilder"]


@dataclass
class EntityBuilder:
    """Mutable scratch state while speaker resolution forms an entity (never leaves :mod:`.resolve`)."""

    name: str
    kind: str
    titles: list[str] = field(default_factory=list)
    nations: set[str] = field(default_factory=set)
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    gender: str | None = None
    speaks: bool = False
    narrator: bool = False  # the writer's own "I"
    roles: set[str] = field(default_factory=set)  # role words of all its titles
    role_from: dict[str, int] = field(default_factory=dict)  # role word -> where a title first gives it
    starts: list[int] = field(default_factory=list)  # sorted mention offsets
    members: int = 0  # a joint speaker's number of members ("China and Russia": 2)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        bisect.insort(self.starts, m.span.start)
        if m.text not in self.aliases:
            self.aliases.append(m.text)
        title = f"{m.title or ''} {m.head}".strip() if m.kind == "role" else m.title
        if title:
            self.titles.append(title.lower())
            for role in title_roles(title.lower()):
                self.roles.add(role)
                self.role_from[role] = min(self.role_from.get(role, m.span.start), m.span.start)
        if m.nation:
            self.nations.add(m.nation)

    @property
    def named(self) -> bool:
        """Named by the article outside quotes (``NATO``, ``Washington``), not only described."""
        return any(m.kind in {"org", "place", "name", "single"} and not m.in_quote for m in self.mentions)

    def roles_before(self, pos: int) -> set[str]:
        """The role words of the titles it has been given before ``pos``."""
        return {r for r, start in self.role_from.items() if start < pos}

    def last_before(self, pos: int) -> int:
        """Offset of its latest mention before ``pos``, or -1."""
        i = bisect.bisect_left(self.starts, pos)
        return self.starts[i - 1] if i else -1

    def add_alias(self, alias: str) -> None:
        if alias and alias not in self.aliases:
            self.aliases.append(alias)
