"""Cited question answering over your own documents, offline.

    from assistant import Assistant
    bot = Assistant.from_config()
    answer = bot.ask("Which minerals does Pakistan have significant deposits of?")
    print(answer.text)            # sentences ending with [n] markers
    for c in answer.citations:    # the passages behind the markers
        print(c.marker, c.source, c.section, c.quote)
"""

from .api import AnswerStream, Assistant
from .changes import Change
from .config import Settings
from .errors import AssistantError
from .types import Answer, AnswerSentence, Chunk, Citation, Document, DocumentInfo, IngestReport, Passage, Turn

__all__ = [
    "Answer", "AnswerSentence", "AnswerStream", "Assistant", "AssistantError", "Change", "Chunk", "Citation",
    "Document", "DocumentInfo", "IngestReport", "Passage", "Settings", "Turn",
]
__version__ = "0.1.0"
