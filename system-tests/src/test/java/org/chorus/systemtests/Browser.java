package org.chorus.systemtests;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by its chromedriver (deploy/local/chorus test installs both). Another
 * Chromium or driver: CHORUS_CHROMIUM and CHORUS_CHROMEDRIVER, as for the letters' PDFs.
 */
final class Browser {

    private Browser() {
    }

    static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(program("CHORUS_CHROMIUM", "chromium"));
        // no sandbox: CI runs as root, where Chromium refuses to start with one
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1024,1400",
                "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(program("CHORUS_CHROMEDRIVER", "chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static String program(String variable, String name) {
        String chosen = System.getenv().getOrDefault(variable, name);
        if (chosen.contains("/")) {
            return chosen;
        }
        return Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .map(dir -> Path.of(dir, chosen))
                .filter(Files::isExecutable)
                .findFirst()
                .map(Path::toString)
                .orElseThrow(() -> new IllegalStateException(chosen + " is not on the PATH (set " + variable + ")"));
    }
}
