package org.chorus.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * One person's Chromium in the console, as wide as a phone (390 px) unless told otherwise: signs in at Keycloak's
 * real page, saves a screenshot of every page it looks at under target/console-screenshots, and runs axe-core on it,
 * writing each page's result to axe.txt there. A serious or critical violation fails the test at that page.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final String CONSOLE = LocalPlatform.GATEWAY + "/console/";
    static final Path SHOTS = Path.of("target/console-screenshots");
    private static final AtomicInteger SHOT_NUMBER = new AtomicInteger();
    private static final List<String> BLOCKING = List.of("serious", "critical");

    final ChromeDriver driver;
    private final String who;

    ConsoleBrowser(String who) {
        this.who = who;
        this.driver = Browser.start();
        // generous: a console page waits on the services it calls, and CI's 2 cores may be busy with the platform
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
        phone();
        try {
            Files.createDirectories(SHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void phone() {
        driver.manage().window().setSize(new Dimension(390, 1100));
    }

    void desktop() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    /** Opens the console and signs in on Keycloak's own sign-in page. */
    ConsoleBrowser signIn(String user, String password) {
        driver.get(CONSOLE);
        waitFor(By.id("username"));
        look("keycloak-sign-in-" + who, false);
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.urlContains("/console/"));
        return this;
    }

    void open(String pathUnderConsole) {
        driver.get(CONSOLE + pathUnderConsole);
    }

    void waitFor(By what) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(what));
        } catch (org.openqa.selenium.TimeoutException e) {
            look("not-found-" + who, false);
            throw new AssertionError("no " + what + " on " + driver.getCurrentUrl() + ", which shows:\n" + text(), e);
        }
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** A screenshot of the page as it is now, and axe-core's verdict on it. */
    void look(String name) {
        look(name, true);
    }

    /** A screenshot only, for a page that is not ours or is seen only to explain a failure. */
    void lookOnly(String name) {
        look(name, false);
    }

    private void look(String name, boolean axe) {
        String file = String.format("%02d-%s.png", SHOT_NUMBER.incrementAndGet(), name);
        try {
            Files.write(SHOTS.resolve(file), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!axe) {
            return;
        }
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> blocking = results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact())).toList();
        String line = file + " " + driver.getCurrentUrl() + ": " + results.getViolations().size() + " violation(s)"
                + results.getViolations().stream().map(r -> " [" + r.getImpact() + " " + r.getId() + " x"
                        + r.getNodes().size() + "]").reduce("", String::concat)
                + System.lineSeparator();
        try {
            Files.writeString(SHOTS.resolve("axe.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!blocking.isEmpty()) {
            throw new AssertionError("axe-core finds serious or critical violations on " + file + ": " + line
                    + blocking.stream().map(r -> r.getId() + ": " + r.getNodes().get(0).getHtml()).toList());
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
