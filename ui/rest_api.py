"""The REST API: POST /api/ask and the documents (list, upload, remove).

Uploads go through the same code as the chat window's Documents tab (`Assistant.add_files`):
the same allowed suffixes and size limit, saved into corpus/uploads under a safe name, indexed at
once. A document's id is its source path as `GET /api/documents` lists it (URL-encoded in
`DELETE /api/documents/{id}`).
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, File, HTTPException, UploadFile
from pydantic import BaseModel, Field

from assistant import Assistant
from assistant.types import DocumentInfo

from assistant.corpus import safe_name
from assistant.errors import DiskFull, is_disk_full


class HistoryMessage(BaseModel):
    role: Literal["user", "assistant"]
    content: str


class AskRequest(BaseModel):
    question: str = Field(description="The question (limits.max_question_chars at most).")
    history: list[HistoryMessage] | None = Field(None, description="The conversation so far, oldest first.")
    top_k: int | None = Field(None, ge=1, le=50, description="Passages to retrieve (default: retrieval.top_k, and more for a question that gathers several points).")
    mode: Literal["extractive", "llm"] | None = Field(None, description="Default answer.mode.")


class DocumentOut(BaseModel):
    source: str = Field(description="The document's id: its path relative to the corpus folder.")
    title: str
    chunks: int = Field(description="Passages indexed.")
    indexed_at: str = Field(description="ISO 8601, UTC.")
    sha256: str


class UploadOut(BaseModel):
    documents: list[DocumentOut] = Field(description="The uploaded documents, as now indexed.")
    problems: list[str] = Field(description="'file: reason' for each file refused or not indexed.")
    notes: list[str] = Field(default_factory=list, description="Other things to know, e.g. that an earlier "
                             "upload of the same name was replaced and where its old version is kept.")


def document_out(d: DocumentInfo) -> DocumentOut:
    return DocumentOut(**dataclasses.asdict(d))


def router(bot: Assistant) -> APIRouter:
    api = APIRouter(prefix="/api", tags=["REST"])
    max_files = bot.settings.server.max_upload_files

    @api.post("/ask", summary="Answer a question (the Answer as JSON, as `assistant ask --json` prints it)")
    def ask(request: AskRequest) -> dict[str, Any]:
        history = [m.model_dump() for m in request.history or []]
        return bot.ask(request.question, history, top_k=request.top_k, mode=request.mode).to_dict()

    @api.get("/documents", summary="The indexed documents")
    def documents() -> list[DocumentOut]:
        return [document_out(d) for d in bot.documents()]

    @api.post("/documents", summary="Upload and index documents (.md .txt .html .pdf .docx)")
    def upload(files: list[UploadFile] = File(description="One or more files (form field 'files').")) -> UploadOut:
        if len(files) > max_files:
            raise HTTPException(400, f"{len(files)} files in one request; the limit is {max_files} (server.max_upload_files)")
        with tempfile.TemporaryDirectory(prefix="assistant-upload-") as tmp:
            paths = []
            for i, f in enumerate(files):
                # each file in its own folder under its (safe) own name: the name becomes its source
                folder = Path(tmp) / str(i)
                folder.mkdir()
                path = folder / safe_name(f.filename or "upload")
                try:
                    with path.open("wb") as out:
                        shutil.copyfileobj(f.file, out)
                except OSError as err:
                    if is_disk_full(err):
                        raise DiskFull(f"no space left in the temporary folder ({tmp}) to receive the upload: "
                                       "free some space and try again") from err
                    raise
                paths.append(path)
            result = bot.add_files(paths)
        if not result.indexed:
            raise HTTPException(400, "Nothing was indexed: " + ("; ".join(result.problems) or "no files"))
        by_source = {d.source: d for d in bot.documents()}
        return UploadOut(documents=[document_out(by_source[s]) for s in result.indexed if s in by_source],
                         problems=result.problems, notes=result.notes)

    @api.delete("/documents/{source:path}", summary="Remove a document (its file moves to corpus/.removed)")
    def remove(source: str) -> DocumentOut:
        found = next((d for d in bot.documents() if d.source == source), None)
        if found is None or not bot.remove([source]):
            raise HTTPException(404, f"{source!r} is not in the index; GET /api/documents lists the ids")
        return document_out(found)

    return api
