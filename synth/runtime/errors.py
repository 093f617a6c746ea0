"""The runtime's exception tree.

::

    Exception
     ├── Rejection            a handler's "no": back to the asker, the actor lives on
     └── ActorError           something about the actor system itself
          ├── ActorUnavailable    stopped for good or shutting down; fails fast
          ├── AskTimeout          no reply within the asker's timeout; a late reply is dropped
          ├── MailboxFull         ``try_tell`` found the mailbox full (``tell`` would have waited)
          ├── SubscriberDropped   an EventBus subscriber fell behind and was cut off
          └── SupervisorEscalation  restart intensity exceeded; the tree was stopped

Any other exception raised by a handler is a crash: the asker gets that same exception
re-raised, and the supervisor restarts the actor.
"""

from __future__ import annotations


class Rejection(Exception):
    """Raised by a handler to refuse one message without crashing the actor."""


class ActorError(Exception):
    """Base of the errors that come from the actor system rather than a handler."""


class ActorUnavailable(ActorError):
    """The actor is not running and will not answer (stopped, or stopping for good).

    Raised at once by ``tell``/``ask`` on a stopped actor, and to every asker whose
    message was still queued or in flight when the actor stopped.
    """


class AskTimeout(ActorError):
    """No reply arrived within the ``timeout`` given to ``ask``."""


class MailboxFull(ActorError):
    """``try_tell`` found the mailbox full. Not raised by ``tell``, which waits."""


class SubscriberDropped(ActorError):
    """An EventBus subscriber's buffer overflowed and it was unsubscribed."""


class SupervisorEscalation(ActorError):
    """A supervisor gave up: too many restarts in too short a time."""
