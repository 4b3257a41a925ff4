"""What an import did, per kind of item, and the French summary printed at its end."""

from collections import Counter
from dataclasses import dataclass, field

# The outcomes counted for each kind, in the columns' order.
OUTCOMES = ("created", "updated", "unchanged", "skipped", "failed")
HEADERS = {
    "created": "créés",
    "updated": "mis à jour",
    "unchanged": "inchangés",
    "skipped": "ignorés",
    "failed": "en échec",
}
KINDS = {
    "category": "Rubriques",
    "tag": "Mots-clés",
    "author": "Auteurs",
    "post": "Articles",
    "page": "Pages",
    "attachment": "Images",
    "attachment_page": "Pages d'images",
    "comment": "Commentaires",
    "pingback": "Rétroliens",
    "other": "Autres types",
}


@dataclass(frozen=True)
class Warning:
    """Something the import changed or left out of one item, said to the user."""

    kind: str
    wp_id: str
    title: str
    message: str


@dataclass
class ImportReport:
    """The counts of each outcome per kind, and the warnings in the order they came."""

    counts: Counter = field(default_factory=Counter)
    warnings: list[Warning] = field(default_factory=list)

    def count(self, kind: str, outcome: str, number: int = 1) -> None:
        self.counts[kind, outcome] += number

    def warn(self, kind: str, wp_id: object, title: str, message: str) -> None:
        self.warnings.append(Warning(kind, str(wp_id), title, message))

    def total(self, outcome: str) -> int:
        """How many items of every kind had `outcome`."""
        return sum(n for (_, counted), n in self.counts.items() if counted == outcome)

    def table(self, dry_run: bool = False) -> str:
        """Return the summary: a row per kind, a column per outcome, then every warning."""
        width = max(len(label) for label in KINDS.values())
        header = " " * width + "".join(f"  {HEADERS[o]:>10}" for o in OUTCOMES)
        lines = ["Essai à blanc : rien n'a été enregistré." if dry_run else "", header]
        for kind, label in KINDS.items():
            numbers = [self.counts[kind, outcome] for outcome in OUTCOMES]
            if any(numbers):
                lines.append(f"{label:<{width}}" + "".join(f"  {n:>10}" for n in numbers))
        if self.warnings:
            lines.append("")
            lines.append(f"Avertissements ({len(self.warnings)}) :")
            for warning in self.warnings:
                title = f" « {warning.title} »" if warning.title else ""
                label = KINDS.get(warning.kind, warning.kind)
                lines.append(f"- {label} {warning.wp_id}{title} : {warning.message}")
        return "\n".join(line for line in lines if line is not None).lstrip("\n")
