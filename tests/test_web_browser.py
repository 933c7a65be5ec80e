"""The web app in a real headless Chromium (Debian's chromium + chromium-driver via
Selenium): open the board, review a finding, see the status change, see the digest
reflect it, and no console errors on any page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.browser import CHROMIUM_ARGS, chromedriver, chromium
from helpers.review_project import FEED, write_project
from pytest_httpserver import HTTPServer
from selenium import webdriver
from selenium.webdriver import Chrome as WebDriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.wait import WebDriverWait

from tracker.cli import main
from tracker.config import load_config
from tracker.web.server import WebServer

pytestmark = pytest.mark.slow


def _cli(config: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--config", str(config), *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture
def driver(tmp_path: Path) -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(chromium())
    for arg in (*CHROMIUM_ARGS, f"--user-data-dir={tmp_path / 'profile'}",
                "--window-size=1200,900"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=str(chromedriver()))
    browser = webdriver.Chrome(options=options, service=service)
    browser.set_page_load_timeout(30)
    try:
        yield browser
    finally:
        browser.quit()


def _console_errors(browser: WebDriver) -> list[str]:
    entries: list[dict[str, str]] = browser.get_log("browser")  # type: ignore[no-untyped-call]
    return [entry["message"] for entry in entries if entry["level"] in ("SEVERE", "ERROR")]


def _chip(browser: WebDriver, claim_id: str) -> str:
    row = browser.find_element(By.ID, f"claim-{claim_id}")
    return str(row.find_element(By.CLASS_NAME, "chip").text)


def test_review_in_the_browser_moves_the_status_and_the_digest(
    httpserver: HTTPServer, tmp_path: Path, driver: WebDriver,
) -> None:
    httpserver.expect_request("/widgets.xml").respond_with_data(
        FEED, content_type="application/rss+xml")
    config_path = write_project(tmp_path, httpserver.url_for("/widgets.xml"),
                                extra="[web]\nenabled = true\n")
    _cli(config_path, "poll")
    server = WebServer(load_config(config_path), "127.0.0.1", 0, threads=2)
    server.start()
    try:
        driver.get(server.url + "/")
        assert driver.title.startswith("Board")
        assert _chip(driver, "widget-command") == "confirmed"
        assert _console_errors(driver) == []

        # Board -> claim page -> Reject the false flag (2 clicks).
        driver.find_element(By.LINK_TEXT, "widget-command").click()
        WebDriverWait(driver, 10).until(expected_conditions.title_contains("widget-command"))
        article = next(a for a in driver.find_elements(By.CSS_SELECTOR, "article.finding")
                       if "Acme launches its Widget Command" in a.text)
        article.find_element(By.NAME, "note").send_keys("an opinion piece")
        article.find_element(By.CSS_SELECTOR, "button.reject").click()
        WebDriverWait(driver, 10).until(
            expected_conditions.presence_of_element_located((By.CSS_SELECTOR, ".flash")))
        assert "confirmed → updated" in driver.find_element(By.CSS_SELECTOR, ".flash").text
        assert "updated" in driver.find_element(By.ID, "status-reason").text
        assert "an opinion piece" in driver.page_source
        assert _console_errors(driver) == []

        driver.get(server.url + "/")
        assert _chip(driver, "widget-command") == "updated"
        driver.save_screenshot(str(tmp_path / "board.png"))

        # The digest of today shows the move the review made.
        today = datetime.now(UTC).date().isoformat()
        _cli(config_path, "digest", "--date", today)
        driver.get(server.url + "/digests")
        driver.find_element(By.LINK_TEXT, today).click()
        WebDriverWait(driver, 10).until(expected_conditions.title_contains("digest"))
        board_row = driver.find_element(By.ID, "board-widget-command")
        assert board_row.find_element(By.CLASS_NAME, "chip").text == "updated"
        assert "Claims whose status changed" in driver.find_element(By.TAG_NAME, "body").text
        driver.save_screenshot(str(tmp_path / "digest.png"))

        # The review queue from the keyboard: the first Accept has the focus; Enter.
        driver.get(server.url + "/review")
        before = len(driver.find_elements(By.CSS_SELECTOR, "article.finding"))
        assert before >= 1
        # the page sets the focus once it has loaded: wait for it rather than race it
        WebDriverWait(driver, 10).until(lambda d: d.switch_to.active_element.text == "Accept")
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        WebDriverWait(driver, 10).until(
            expected_conditions.presence_of_element_located((By.CSS_SELECTOR, ".flash")))
        assert "accept" in driver.find_element(By.CSS_SELECTOR, ".flash").text
        assert len(driver.find_elements(By.CSS_SELECTOR, "article.finding")) == before - 1

        # Every page, no console error (CSP violations and 404s would be one).
        for path in ("/review", "/feeds", "/digests", "/claims/sample-claim"):
            driver.get(server.url + path)
        assert _console_errors(driver) == []
    finally:
        server.close()
