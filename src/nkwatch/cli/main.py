"""Entry point of the ``nkwatch`` command.

Errors in what the user asked for end in one line on stderr and exit 2.
"""

import sys

import click

from nkwatch import __version__
from nkwatch.cli.analysis import analyze, annotate
from nkwatch.cli.events import events_command
from nkwatch.cli.ingest import ingest
from nkwatch.cli.mentions import (
    actor_command,
    actors_command,
    epithets_command,
    first_command,
    forms_command,
)
from nkwatch.cli.outreach import outreach
from nkwatch.cli.quickstart import fetch, quickstart
from nkwatch.cli.search import search_command
from nkwatch.cli.signals import (
    compare_command,
    signals_command,
    timeline_command,
    watch_command,
)
from nkwatch.cli.stats import stats
from nkwatch.cli.web import report_command, serve_command
from nkwatch.errors import UserError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nkwatch")
def cli():
    """nkwatch: who North Korean state media mention, how, and what changed."""


for command in (quickstart, fetch, ingest, search_command, stats, annotate, analyze,
                forms_command, epithets_command, first_command, actors_command, actor_command,
                timeline_command, signals_command, compare_command, watch_command,
                events_command, outreach, serve_command, report_command):
    cli.add_command(command)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit status."""
    try:
        cli.main(args=argv, prog_name="nkwatch", standalone_mode=False)
    except UserError as exc:
        click.echo(f"nkwatch: error: {exc}", err=True)
        return 2
    except click.exceptions.Abort:
        click.echo("nkwatch: aborted", err=True)
        return 130
    except click.ClickException as exc:
        click.echo(f"nkwatch: error: {exc.format_message()}", err=True)
        return 2
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
