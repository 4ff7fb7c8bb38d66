"""The page in headless Chromium, fed from the real broker (tests ``pipeline/dashboard/static``).

Claims are produced onto the topics the way the worker writes them; the page must show
them live, highlight cues, filter, open the article view, keep hostile text inert, and
update replayed claims in place.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Page, expect
from pydantic import SecretStr

from pipeline.models import Article, Claim
from pipeline.settings import Settings
from tests.dashboard.conftest import ARTIFACTS, DashboardThread
from tests.dashboard.factories import (
    HOSTILE_BODY,
    hostile_claim,
    make_article,
    produce,
    publish,
    sample_claims,
)

pytestmark = [pytest.mark.browser, pytest.mark.kafka]

WAIT_MS = 30_000  # a deadline for slow CI machines, not a speed requirement


@pytest.fixture
def sample() -> tuple[Article, list[Claim]]:
    article = make_article()
    return article, sample_claims(article)


def rows(page: Page) -> Any:
    return page.locator("#feed li.claim")


def row(page: Page, claim: Claim) -> Any:
    return page.locator(f'#feed li.claim[data-claim-id="{claim.claim_id}"]')


def open_live(page: Page, server: DashboardThread) -> None:
    page.goto(server.url)
    expect(page.locator("#conn")).to_have_attribute("data-state", "live", timeout=WAIT_MS)


def test_claims_published_appear_live_with_cues_highlighted(
    page: Page, live_dashboard: DashboardThread, dashboard_settings: Settings,
    sample: tuple[Article, list[Claim]],
) -> None:  # fmt: skip
    article, claims = sample
    open_live(page, live_dashboard)
    expect(page.locator("#feed-empty")).to_be_visible()
    publish(dashboard_settings, [article], claims)

    flagged = [c for c in claims if c.flagged]
    expect(rows(page)).to_have_count(len(flagged), timeout=WAIT_MS)
    for claim in flagged:
        item = row(page, claim)
        expect(item).to_have_attribute("data-status", claim.status)
        assert item.locator(".claim-sentence").text_content() == claim.sentence
        reason_cues = item.locator(".reasons mark.cue").all_text_contents()
        assert reason_cues == [r.cue for r in claim.reasons]
        sentence_cues = item.locator(".claim-sentence .m-cue").all_text_contents()
        assert {r.cue for r in claim.reasons} <= set(sentence_cues)
        assert claim.claimant is not None
        expect(item.locator(".who-name")).to_have_text(claim.claimant.name)
        link = item.locator("a.source-link")
        expect(link).to_have_attribute("href", article.url or "")
        expect(link).to_have_attribute("rel", "noopener noreferrer")
    ministry = row(page, flagged[0])
    expect(ministry.locator(".relay")).to_have_text(["RIA Novosti"])
    # a denial reads as one: the text is what the claimant rejects
    for claim in flagged:
        expect(row(page, claim).locator(".who .tag-denies")).to_have_count(int(claim.denied))
    assert any(c.denied for c in flagged)
    # counters and charts come with the stats events
    expect(page.locator("#kpi-held")).to_have_text(str(len(flagged)), timeout=WAIT_MS)
    expect(page.locator("#kpi-claims")).to_have_text(str(len(claims)), timeout=WAIT_MS)
    # what was read, not the whole topic: the history window caps both (before: "on the
    # claims topic" and "1 of 1,500 flagged" beside 21 flagged claims)
    expect(page.locator("#kpi-rate-note")).to_contain_text("claims read", timeout=WAIT_MS)
    expect(page.locator(".kpi-note").nth(2)).to_contain_text("history window")
    expect(page.locator("#chart-minutes svg rect.fill-unverified")).to_have_count(1)
    expect(page.locator("#chart-reason .hbar")).to_have_count(4)
    expect(page.locator("#feed-state")).to_have_attribute("data-state", "ok")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    assert page.errors == []  # type: ignore[attr-defined]


def test_filters_narrow_the_list(
    page: Page, live_dashboard: DashboardThread, dashboard_settings: Settings,
    sample: tuple[Article, list[Claim]],
) -> None:  # fmt: skip
    article, claims = sample
    publish(dashboard_settings, [article], claims)
    open_live(page, live_dashboard)
    flagged = [c for c in claims if c.flagged]
    expect(rows(page)).to_have_count(len(flagged), timeout=WAIT_MS)
    # the rows on the page, of the claims the page holds (it said "N shown" of them all)
    expect(page.locator("#feed-count")).to_have_text(
        f"showing {len(flagged)} of {len(flagged)} loaded")

    page.select_option("#f-status", "disputed")
    expect(rows(page)).to_have_count(1)
    expect(rows(page).first).to_have_attribute("data-status", "disputed")
    page.select_option("#f-status", "")

    page.select_option("#f-reason", "conditional")
    expect(rows(page)).to_have_count(1)
    expect(rows(page).first.locator(".reasons mark.cue")).to_have_text(["if confirmed"])
    page.click("#f-clear")
    expect(rows(page)).to_have_count(len(flagged))

    page.select_option("#f-claimant", "Kyiv")
    expect(rows(page)).to_have_count(1)
    page.select_option("#f-claimant", "")

    page.fill("#f-text", "drones")
    expect(rows(page)).to_have_count(1)
    expect(page.locator("#feed-count")).to_have_text(f"1 of {len(flagged)} match")
    page.fill("#f-text", "no such words anywhere")
    expect(rows(page)).to_have_count(0)
    expect(page.locator("#feed-empty")).to_have_text("No flagged claim matches these filters.")
    page.click("#f-clear")

    # clicking a breakdown bar filters by it
    page.locator('#chart-outlet .hbar[data-key="Example Wire"]').click()
    expect(page.locator("#f-outlet")).to_have_value("Example Wire")
    expect(rows(page)).to_have_count(len(flagged))


def test_article_view_highlights_every_claim_and_cue_span(
    page: Page, live_dashboard: DashboardThread, dashboard_settings: Settings,
    sample: tuple[Article, list[Claim]],
) -> None:  # fmt: skip
    article, claims = sample
    publish(dashboard_settings, [article], claims)
    open_live(page, live_dashboard)
    focus = claims[1]
    row(page, focus).locator("button.open-article").click(timeout=WAIT_MS)

    drawer = page.locator("#article")
    expect(drawer).to_be_visible()
    expect(page.locator("#article-title")).to_have_text(article.title)
    body = page.locator("#article-body")
    expect(body).to_have_text(article.body)  # every character, in order
    for claim in claims:
        kind = "m-flagged" if claim.flagged else "m-claim"
        spans = body.locator(f'.{kind}[data-refs~="{claim.claim_id}"]')
        assert "".join(spans.all_text_contents()) == claim.text
    cues = set(body.locator(".m-cue").all_text_contents())
    assert {r.cue for c in claims for r in c.reasons} <= cues
    focused = body.locator(".m-focus.m-flagged")
    assert "".join(focused.all_text_contents()) == focus.text
    expect(page.locator("#article-claims li")).to_have_count(len(claims))
    denials = page.locator("#article-claims li", has_text="(denies)")
    expect(denials).to_have_count(sum(c.denied for c in claims))
    assert f"article={article.id}" in page.url

    page.keyboard.press("Escape")
    expect(drawer).to_be_hidden()


def test_html_and_script_in_articles_and_claims_render_as_text(
    page: Page, live_dashboard: DashboardThread, dashboard_settings: Settings,
) -> None:  # fmt: skip
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    article = make_article(
        "a-hostile", HOSTILE_BODY, title="<i>evil</i> <script>window.__pwned=4</script>",
        outlet="<b>Evil</b>", url="javascript:window.__pwned=5",
    )  # fmt: skip
    claim = hostile_claim(article)
    publish(dashboard_settings, [article], [claim])
    open_live(page, live_dashboard)
    item = row(page, claim)
    expect(item).to_have_count(1, timeout=WAIT_MS)

    expect(item.locator(".claim-sentence")).to_have_text(claim.sentence)
    assert "<script>window.__pwned = 1</script>" in (item.text_content() or "")
    expect(item.locator(".who-name")).to_have_text('<img src=x onerror="window.__pwned=3">')
    expect(item.locator(".outlet")).to_have_text("<b onmouseover=alert(1)>Evil Outlet</b>")
    expect(item.locator("a.source-link")).to_have_count(0)  # javascript: links are dropped
    item.locator(".outlet").hover()

    item.locator("button.open-article").click()
    body = page.locator("#article-body")
    expect(body).to_have_text(HOSTILE_BODY)
    expect(page.locator("#article-title")).to_have_text(article.title)
    expect(page.locator("#article-outlet")).to_have_text("<b>Evil</b>")

    injected = page.evaluate(
        """() => ({
            pwned: window.__pwned === undefined ? null : window.__pwned,
            scripts: [...document.scripts].map((s) => s.src),
            imgs: document.querySelectorAll("main img, #article img").length,
            bold: document.querySelectorAll("#feed b, #article b, #feed i, #article i").length,
            handlers: document.querySelectorAll("[onerror], [onmouseover]").length,
        })"""
    )
    assert injected["pwned"] is None
    assert [s.rsplit("/", 1)[-1] for s in injected["scripts"]] == ["app.js"]
    assert injected["imgs"] == 0 and injected["bold"] == 0 and injected["handlers"] == 0
    assert dialogs == []
    assert page.errors == []  # type: ignore[attr-defined]


def test_replayed_claims_update_in_place_and_never_duplicate(
    page: Page, live_dashboard: DashboardThread, dashboard_settings: Settings,
    sample: tuple[Article, list[Claim]],
) -> None:  # fmt: skip
    article, claims = sample
    flagged = [c for c in claims if c.flagged]
    publish(dashboard_settings, [article], claims)
    open_live(page, live_dashboard)
    expect(rows(page)).to_have_count(len(flagged), timeout=WAIT_MS)
    order = rows(page).evaluate_all("items => items.map((li) => li.dataset.claimId)")

    replayed = [c.model_copy(update={"checkworthiness": 0.31}) for c in flagged]
    for _ in range(2):  # a replay, twice over
        produce(
            dashboard_settings, dashboard_settings.topic_flagged,
            [(c.claim_id, c.to_json()) for c in replayed],
        )  # fmt: skip
    for claim in flagged:
        expect(row(page, claim).locator(".tag", has_text="updated")).to_have_text(
            "updated ×3", timeout=WAIT_MS
        )
        expect(row(page, claim).locator(".score")).to_have_text("check-worthiness 31%")
    expect(rows(page)).to_have_count(len(flagged))
    ids = rows(page).evaluate_all("items => items.map((li) => li.dataset.claimId)")
    assert ids == order
    expect(page.locator("#kpi-held")).to_have_text(str(len(flagged)), timeout=WAIT_MS)


def test_history_is_on_the_page_when_it_opens(
    page: Page, dashboard_settings: Settings, sample: tuple[Article, list[Claim]]
) -> None:
    article, claims = sample
    publish(dashboard_settings, [article], claims)
    server = DashboardThread(dashboard_settings)  # starts after the claims were written
    try:
        open_live(page, server)
        expect(rows(page)).to_have_count(sum(c.flagged for c in claims), timeout=WAIT_MS)
    finally:
        server.stop()


@pytest.fixture
def token_dashboard(dashboard_settings: Settings) -> Iterator[DashboardThread]:
    secured = dashboard_settings.model_copy(update={"dashboard_token": SecretStr("pa55")})
    server = DashboardThread(secured)
    try:
        yield server
    finally:
        server.stop()


def test_token_in_the_url_unlocks_the_page_and_its_stream(
    page: Page, token_dashboard: DashboardThread, dashboard_settings: Settings,
    sample: tuple[Article, list[Claim]],
) -> None:  # fmt: skip
    denied = page.goto(token_dashboard.url)
    assert denied is not None and denied.status == 401
    page.goto(token_dashboard.url + "?token=pa55")
    assert page.url == token_dashboard.url  # the token left the address bar
    expect(page.locator("#conn")).to_have_attribute("data-state", "live", timeout=WAIT_MS)
    article, claims = sample
    publish(dashboard_settings, [article], claims)
    expect(rows(page)).to_have_count(sum(c.flagged for c in claims), timeout=WAIT_MS)


def test_e2e_sample_article_through_worker(
    page: Page, live_dashboard: DashboardThread, dashboard_settings: Settings,
    running_worker: Any,
) -> None:  # fmt: skip
    """The bundled sample goes through the real worker; its flagged claims reach the page."""
    from pipeline.demo import sample_dir
    from pipeline.inputs import read_inputs
    from pipeline.publish import Publisher
    from tests.streams import read_until

    (record,) = read_inputs([str(sample_dir() / "dpr-tank-crew.txt")])
    assert record.article is not None
    open_live(page, live_dashboard)
    with Publisher(dashboard_settings) as publisher:
        publisher.send(record.article).get(timeout=30)

    def worker_flagged(records: list[Any]) -> bool:
        return len(records) > 0

    flagged = [
        Claim.from_json(r.value)
        for r in read_until(dashboard_settings, dashboard_settings.topic_flagged, worker_flagged)
    ]
    for claim in flagged:
        item = row(page, claim)
        expect(item).to_have_count(1, timeout=WAIT_MS)
        cues = item.locator(".reasons mark.cue").all_text_contents()
        assert cues == [r.cue for r in claim.reasons if r.cue]
    item = row(page, flagged[0])
    item.locator("button.open-article").click()
    expect(page.locator("#article-body")).to_have_text(record.article.body, timeout=WAIT_MS)
    assert page.locator("#article-body .m-cue").count() > 0
