"""``summit-nlp course``: write a course folder (student or instructor copy) and list the lessons."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "course"
HELP = "write the media-analysis course (lesson notebooks and data) into a folder"
DESCRIPTION = """\
The summit_nlp course: lesson notebooks with self-checks that run offline.

  summit-nlp course init DIR              the student copy: exercises with ... placeholders
  summit-nlp course init DIR --instructor the instructor copy: solutions in place
  summit-nlp course list                  the lessons, their times and goals
  summit-nlp course grade NOTEBOOK...     run students' notebooks, tabulate their checks

init writes one notebook per lesson, the data they read (DIR/data/, with the
source and licence of every file in data/sources.tsv) and a README.  It refuses,
writing nothing, when DIR holds course files changed since init wrote them (a
student's work) unless --force; files init wrote and nobody changed are refreshed.
Open the folder with 'jupyter lab DIR'.  COURSE_STRICT=1 makes every check that
does not pass raise, for running instructor copies in CI.

grade executes each notebook with papermill (as 'summit-nlp report' does) into
--out and prints one row per notebook: pass / not yet / not attempted per
exercise.  Run it with -p article andes_crossing to catch answers typed in
from the default article instead of computed.

examples:
  summit-nlp course init ~/course
  summit-nlp course init /srv/class/instructor --instructor
  summit-nlp course grade submissions/*/L2_finding_quotations.ipynb --csv grades.csv
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = sub.add_parser("init", help="write the course into a folder",
                          description="Write the lesson notebooks, their data and a README into DIR.")
    init.add_argument("directory", type=Path, metavar="DIR", help="the course folder (created if missing)")
    init.add_argument("--instructor", action="store_true", help="write the instructor copy (solutions in place)")
    init.add_argument("--force", action="store_true", help="overwrite course files even if they were changed")
    sub.add_parser("list", help="list the lessons", description="List the lessons with their times and goals.")
    grade = sub.add_parser("grade", help="run notebooks and tabulate their checks",
                           description="Execute lesson notebooks with papermill and tabulate each check's outcome.")
    grade.add_argument("notebooks", nargs="+", type=Path, metavar="NOTEBOOK", help="lesson notebooks (.ipynb)")
    grade.add_argument("--out", type=Path, default=Path("graded"), metavar="DIR",
                       help="where the executed notebooks and HTML go (default: graded/)")
    grade.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                       dest="parameters", help="set a lesson parameter for every notebook (repeatable)")
    grade.add_argument("--csv", type=Path, metavar="FILE", help="also write the table as CSV")


def run(args: argparse.Namespace) -> int:
    from .. import course
    from ..course.lessons import LESSONS

    if args.action == "list":
        for lesson in LESSONS.values():
            print(f"{lesson.id}  {lesson.title} ({lesson.minutes} min)  {lesson.notebook}")
            for goal in lesson.goals:
                print(f"      - {goal}")
        return 0
    if args.action == "grade":
        from ..course.grading import grade

        table = grade(args.notebooks, args.out, parameters=dict(args.parameters))
        print(table.to_string(index=False))
        if args.csv:
            from ..io import write_text_atomic

            write_text_atomic(args.csv, table.to_csv(index=False))
        return 1 if (table["run"] == "failed").any() else 0
    result = course.init_course(args.directory, instructor=args.instructor, force=args.force)
    print(result.summary(), file=sys.stderr)
    print(f"open it with: jupyter lab {args.directory}", file=sys.stderr)
    return 0
