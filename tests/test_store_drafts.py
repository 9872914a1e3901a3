"""Drafts: every edit kept, approvals bound to the exact text, any later edit withdraws them."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import update

from followup.errors import UserError
from followup.model import MessageKind
from followup.records import round_from_data
from followup.store import DraftSource, RoundId, Store, text_sha256
from followup.store import drafts as store_drafts
from followup.store.schema import DraftRevisionRow

from conftest import w1

pytest_plugins = ("store_fixtures",)

if TYPE_CHECKING:
    from store_fixtures import TickingClock

SUBJECT = "Thank you, Marcus"
BODY = "Dear Marcus,\n\nThank you for the conversation about streaming.\n\nPriya"


@pytest.fixture
def round_ref(store: Store) -> RoundId:
    return store.add_round(round_from_data(w1()))


def test_a_saved_draft_is_revision_one_and_not_approved(
    store: Store, round_ref: RoundId, store_clock: TickingClock
) -> None:
    ref = store.save_draft(round_ref.slug, "marcus okafor", MessageKind.THANK_YOU, SUBJECT, BODY)
    assert ref.revision == 1
    draft = store.get_draft(ref.draft_id)
    assert draft.round == round_ref
    assert draft.to == "Marcus Okafor"  # as recorded
    assert draft.kind is MessageKind.THANK_YOU
    assert (draft.latest.subject, draft.latest.body) == (SUBJECT, BODY)
    assert draft.latest.source is DraftSource.COMPOSER
    assert draft.latest.created_at == store_clock.now
    assert draft.approval is None
    assert not store.is_approved(ref.draft_id)


def test_an_approval_holds_until_the_next_edit(store: Store, round_ref: RoundId) -> None:
    ref = store.save_draft(round_ref.slug, "Marcus Okafor", MessageKind.THANK_YOU, SUBJECT, BODY)
    approval = store.approve_draft(ref.draft_id, revision=1)
    assert (approval.draft_id, approval.revision) == (ref.draft_id, 1)
    assert approval.sha256 == text_sha256(SUBJECT, BODY)
    assert store.is_approved(ref.draft_id)
    assert store.get_draft(ref.draft_id).approval == approval

    edited = store.edit_draft(ref.draft_id, SUBJECT, BODY.replace("streaming", "Kafka"))
    assert edited.revision == 2
    assert not store.is_approved(ref.draft_id)
    draft = store.get_draft(ref.draft_id)
    assert [r.number for r in draft.revisions] == [1, 2]
    assert [r.source for r in draft.revisions] == [DraftSource.COMPOSER, DraftSource.USER]
    assert draft.revisions[0].body == BODY  # the history is kept as it was

    store.approve_draft(ref.draft_id)
    assert store.is_approved(ref.draft_id)
    store.edit_draft(ref.draft_id, SUBJECT, BODY)  # back to the first text: a new revision
    assert store.get_draft(ref.draft_id).latest.number == 3
    assert not store.is_approved(ref.draft_id)


def test_an_edit_that_changes_nothing_keeps_the_approval(store: Store, round_ref: RoundId) -> None:
    ref = store.save_draft(
        round_ref.slug, None, MessageKind.REMINDER, "Check in", "Write to Marcus"
    )
    store.approve_draft(ref.draft_id)
    assert store.edit_draft(ref.draft_id, "Check in", "Write to Marcus").revision == 1
    assert store.is_approved(ref.draft_id)
    assert store.get_draft(ref.draft_id).to is None


def test_approving_a_revision_that_is_no_longer_the_latest_is_refused(
    store: Store, round_ref: RoundId
) -> None:
    ref = store.save_draft(round_ref.slug, "Marcus Okafor", MessageKind.THANK_YOU, SUBJECT, BODY)
    store.edit_draft(ref.draft_id, SUBJECT, BODY + "\n")
    with pytest.raises(UserError) as caught:
        store.approve_draft(ref.draft_id, revision=1)
    assert str(caught.value) == (
        f"draft {ref.draft_id} changed since revision 1 (now revision 2)"
        " — review the new text before approving it"
    )
    assert not store.is_approved(ref.draft_id)


def test_text_changed_behind_the_store_is_not_approved(store: Store, round_ref: RoundId) -> None:
    ref = store.save_draft(round_ref.slug, "Marcus Okafor", MessageKind.THANK_YOU, SUBJECT, BODY)
    store.approve_draft(ref.draft_id)
    with store.engine.begin() as connection:
        connection.execute(update(DraftRevisionRow).values(body=BODY + " P.S. salary?"))
    assert not store.is_approved(ref.draft_id)


def test_the_hash_keeps_subject_and_body_apart() -> None:
    assert text_sha256("ab", "c") != text_sha256("a", "bc")
    canonical = json.dumps(["Hi é", "Body"], ensure_ascii=False, separators=(",", ":"))
    assert canonical == '["Hi é","Body"]'
    assert text_sha256("Hi é", "Body") == hashlib.sha256(canonical.encode()).hexdigest()


def test_drafts_are_listed_per_round(store: Store, round_ref: RoundId) -> None:
    other = store.add_round(round_from_data(w1(company="Brightline Logistics")))
    first = store.save_draft(round_ref.slug, "Marcus Okafor", MessageKind.THANK_YOU, "a", "b")
    store.save_draft(other.slug, "Marcus Okafor", MessageKind.THANK_YOU, "c", "d")
    second = store.save_draft(round_ref.number, None, MessageKind.REMINDER, "e", "f")
    listed = store.list_drafts(round_ref.slug)
    assert [draft.id for draft in listed] == [first.draft_id, second.draft_id]


def test_a_draft_to_someone_not_met_is_refused(store: Store, round_ref: RoundId) -> None:
    with pytest.raises(UserError, match=r"^no interviewer 'Grace' in round '.*' \(met: Marcus"):
        store.save_draft(round_ref.slug, "Grace", MessageKind.THANK_YOU, SUBJECT, BODY)
    assert store.list_drafts(round_ref.slug) == []


def test_unknown_drafts_and_drafts_of_deleted_rounds(store: Store, round_ref: RoundId) -> None:
    with pytest.raises(UserError, match=r"^no draft 42$"):
        store.get_draft(42)
    ref = store.save_draft(round_ref.slug, "Marcus Okafor", MessageKind.THANK_YOU, SUBJECT, BODY)
    store.delete_round(round_ref.slug)
    with pytest.raises(UserError, match=r"belongs to deleted round"):
        store.approve_draft(ref.draft_id)
    store.restore_round(round_ref.slug)
    assert store.approve_draft(ref.draft_id).revision == 1


def test_draft_summaries_agree_with_each_draft(store: Store, round_ref: RoundId) -> None:
    other = store.add_round(round_from_data(w1(company="Brightline Logistics")))
    edited = store.save_draft(round_ref.slug, "Marcus Okafor", MessageKind.THANK_YOU, "a", "b")
    store.approve_draft(edited.draft_id)
    store.edit_draft(edited.draft_id, "a", "b, edited")  # the approval no longer holds
    approved = store.save_draft(round_ref.number, None, MessageKind.REMINDER, "c", "d")
    store.approve_draft(approved.draft_id)
    store.approve_draft(approved.draft_id)  # twice: still one summary
    elsewhere = store.save_draft(other.slug, "Marcus Okafor", MessageKind.CHECK_IN, "e", "f")

    summaries = store.draft_summaries([round_ref.number, other.number])
    assert [s.id for s in summaries] == [edited.draft_id, approved.draft_id, elsewhere.draft_id]
    for summary in summaries:
        draft = store.get_draft(summary.id)
        assert (summary.round_number, summary.to, summary.kind) == (
            draft.round.number,
            draft.to,
            draft.kind,
        )
        assert (summary.revision, summary.approved) == (draft.latest.number, draft.approved)
    assert [(s.revision, s.approved) for s in summaries] == [(2, False), (1, True), (1, False)]
    assert [s.id for s in store.draft_summaries([other.number])] == [elsewhere.draft_id]
    assert store.draft_summaries([]) == []


def test_a_summary_is_not_approved_when_the_text_changed_behind_the_store(
    store: Store, round_ref: RoundId
) -> None:
    ref = store.save_draft(round_ref.slug, "Marcus Okafor", MessageKind.THANK_YOU, SUBJECT, BODY)
    store.approve_draft(ref.draft_id)
    assert store.draft_summaries([round_ref.number])[0].approved
    with store.engine.begin() as connection:
        connection.execute(update(DraftRevisionRow).values(body=BODY + " P.S. salary?"))
    assert not store.draft_summaries([round_ref.number])[0].approved


def test_draft_summaries_of_many_rounds_are_read_in_chunks(
    store: Store, round_ref: RoundId, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_drafts, "ROUNDS_PER_QUERY", 2)
    rounds = [round_ref] + [
        store.add_round(round_from_data(w1(company=f"Company {n}"))) for n in range(4)
    ]
    refs = [
        store.save_draft(rid.slug, "Marcus Okafor", MessageKind.THANK_YOU, "s", "b")
        for rid in rounds
    ]
    summaries = store.draft_summaries([rid.number for rid in reversed(rounds)])
    assert [s.id for s in summaries] == [ref.draft_id for ref in refs]
