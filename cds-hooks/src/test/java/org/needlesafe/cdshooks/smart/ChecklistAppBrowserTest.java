package org.needlesafe.cdshooks.smart;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlesafe.cdshooks.CdsHooksServer;
import org.needlesafe.cdshooks.ServiceConfiguration;
import org.needlesafe.cdshooks.fhir.NeedlesafeFhir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end, as a clinic would see it: the EHR calls the hook, the card says what is missing and links to the
 * checklist app; the EHR launches the app in a real browser, the clinician answers with the keyboard and the mouse
 * and saves; the answers are in the EHR's FHIR server; the next hook call finds nothing missing.
 */
class ChecklistAppBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static TestEhr ehr;
    private static CdsHooksServer service;
    private static WebDriver browser;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(@TempDir Path folder) throws Exception {
        ehr = new TestEhr();
        ServiceConfiguration configuration = ServiceConfiguration.builder().timeZone(ZoneOffset.UTC)
                .jurisdiction("US-CA")
                .checklistIssuer(new SmartIssuer("test-ehr", ehr.fhirBase(), TestEhr.CLIENT_ID))
                .build();
        service = CdsHooksServer.builder(configuration).insecureDevMode(true).build().start(0);
        browser = Chromium.start(folder);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.close();
        }
        if (ehr != null) {
            ehr.close();
        }
    }

    @Test
    void theChecklistAnsweredInTheAppClosesTheMissingInformationOfTheCard() throws Exception {
        JsonNode before = hookCall();
        assertThat(before.path("detail").asText()).contains("To complete before treating").contains("patient.breastfeeding").doesNotContain("patient.pregnant")
                .contains("setup.gloves");
        JsonNode link = before.path("links").get(0);
        assertThat(link.path("type").asText()).isEqualTo("smart");
        assertThat(link.path("url").asText()).isEqualTo(service.baseUrl() + "/checklist/launch");
        assertThat(JSON.readTree(link.path("appContext").asText()).path("order").asText()).isEqualTo(TestEhr.ORDER);

        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        List<String> urls = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        try {
            // The EHR launches the app from the card's link, handing over the card's appContext.
            ehr.launchContext.set(Map.of("patient", TestEhr.PATIENT, "appContext", link.path("appContext").asText()));
            ehr.expectSignIn();
            browser.get(link.path("url").asText() + "?iss=" + URLEncoder.encode(ehr.fhirBase(), StandardCharsets.UTF_8)
                    + "&launch=launch-" + UUID.randomUUID());
            try {
                new WebDriverWait(browser, Duration.ofSeconds(90)).until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("form button[type=submit]")));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("no checklist form; the browser shows: "
                        + browser.findElement(By.tagName("body")).getText(), e);
            }
            urls.add(browser.getCurrentUrl());
            pages.add(browser.getPageSource());
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Microneedling pre-procedure checklist");
            assertThat(browser.findElement(By.id("device")).getText()).contains("Microneedling pen");
            assertThat(browser.findElement(By.id("source-device")).getText()).isEqualTo("From the record: the order");
            assertThat(browser.findElements(By.id("blood-handling-compliant"))).as("no PRP planned: not asked").isEmpty();
            assertThat(browser.findElement(By.id("pregnant-1")).isSelected()).as("pre-filled: No").isTrue();
            assertThat(browser.findElement(By.id("source-pregnant")).getText())
                    .isEqualTo("From the record: Observation of " + LocalDate.now(ZoneOffset.UTC));
            assertThat(browser.findElement(By.id("breastfeeding-unknown")).isSelected()).as("unknown until answered")
                    .isTrue();

            // Keyboard: on the breastfeeding question, select "Yes" with the space bar, then move to "No" with the
            // arrow key, as a keyboard or screen-reader user does.
            WebElement yes = browser.findElement(By.id("breastfeeding-0"));
            yes.sendKeys(Keys.SPACE);
            assertThat(yes.isSelected()).isTrue();
            yes.sendKeys(Keys.ARROW_DOWN);
            assertThat(browser.findElement(By.id("breastfeeding-1")).isSelected()).isTrue();
            answer("fitzpatrick-type", "Type II: usually burns, tans minimally");
            answer("implants", "Reviewed: none");
            answer("microneedling-training", "Yes");
            browser.findElement(By.cssSelector("label[for=years-experience]")).click();
            browser.switchTo().activeElement().sendKeys("3");
            answer("setting", "Medical clinic");
            answer("needles", "Single-use sterile cartridge");
            answer("packaging-intact", "Yes");
            answer("device-barrier-sleeve", "Yes");
            answer("skin-antisepsis", "Chlorhexidine");
            answer("gloves", "Yes");
            answer("sharps-container", "Yes");
            answer("device-rinsed-in-tap-water", "No");
            answer("client-records-kept", "Yes");
            // supervising-physician stays "Not known".
            Path form = Chromium.screenshot(browser, "form");
            browser.findElement(By.cssSelector("form button[type=submit]")).click();
            new WebDriverWait(browser, Duration.ofSeconds(90)).until(ExpectedConditions.textToBe(By.tagName("h1"),
                    "Checklist saved"));
            urls.add(browser.getCurrentUrl());
            pages.add(browser.getPageSource());
            Path result = Chromium.screenshot(browser, "result");
            assertThat(Files.size(form)).isGreaterThan(10_000);
            assertThat(Files.size(result)).isGreaterThan(10_000);

            JavascriptExecutor script = (JavascriptExecutor) browser;
            assertThat(script.executeScript("return document.cookie")).as("the session cookie is HttpOnly").isEqualTo("");
            assertThat(script.executeScript("return localStorage.length + sessionStorage.length")).isEqualTo(0L);
        } finally {
            System.setErr(stderr);
        }
        assertThat(ehr.accessTokens).hasSize(1);
        for (String token : ehr.accessTokens) {
            assertThat(urls).noneMatch(url -> url.contains(token));
            assertThat(pages).noneMatch(page -> page.contains(token));
            assertThat(logs.toString(StandardCharsets.UTF_8)).doesNotContain(token);
        }
        String log = logs.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("checklist saved").doesNotContain(TestEhr.PATIENT).doesNotContain("1990-04-02");

        // The EHR now holds the checklist and the two Observations.
        assertThat(ehr.checklists.all()).hasSize(1);
        QuestionnaireResponse saved = ehr.checklists.all().get(0);
        assertThat(saved.getQuestionnaire()).startsWith(NeedlesafeFhir.CHECKLIST + "|");
        assertThat(saved.getSubject().getReference()).isEqualTo("Patient/" + TestEhr.PATIENT);
        assertThat(saved.getBasedOnFirstRep().getReference()).isEqualTo(TestEhr.ORDER);
        assertThat(saved.getAuthor().getReference()).isEqualTo(TestEhr.USER);
        List<String> answered = new ArrayList<>();
        saved.getItem().forEach(group -> group.getItem().forEach(item -> answered.add(item.getLinkId())));
        assertThat(answered).contains("pregnant", "gloves", "years-experience", "device-barrier-sleeve")
                .as("not asked is never saved as no").doesNotContain("supervising-physician", "blood-handling-compliant");
        assertThat(FhirValidation.errors(saved)).isEmpty();
        // Breastfeeding is recorded as an Observation; pregnancy was already recorded today and is not repeated.
        List<Observation> recorded = ehr.observations.all().stream()
                .filter(observation -> !observation.getIdPart().equals("pregnancy-today")).toList();
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).getCode().getCodingFirstRep().getCode()).isEqualTo("63895-7");
        assertThat(((CodeableConcept) recorded.get(0).getValue()).getCodingFirstRep().getCode()).isEqualTo("LA32-8");
        assertThat(recorded.get(0).getDerivedFromFirstRep().getReference())
                .isEqualTo("QuestionnaireResponse/" + saved.getIdPart());

        // The next hook call reads them: nothing is missing any more, and the card no longer links to the app.
        JsonNode after = hookCall();
        assertThat(after.path("detail").asText()).doesNotContain("To complete before treating");
        assertThat(after.has("links")).isFalse();
        assertThat(pages.get(1)).contains(escapeHtml(after.path("summary").asText()));
    }

    /** Chooses an answer by clicking its label, as a mouse user would (and proves the label belongs to the control). */
    private static void answer(String linkId, String label) {
        WebElement question = browser.findElement(By.id(linkId));
        question.findElements(By.tagName("label")).stream().filter(candidate -> candidate.getText().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError(linkId + ": no answer '" + label + "'")).click();
        String forId = question.findElements(By.tagName("label")).stream()
                .filter(candidate -> candidate.getText().equals(label)).findFirst().orElseThrow().getAttribute("for");
        assertThat(browser.findElement(By.id(forId)).isSelected()).as(linkId + " " + label).isTrue();
    }

    /** The EHR's order-sign call for the order, letting the service read the record from the EHR's FHIR server. */
    private JsonNode hookCall() throws Exception {
        ObjectNode call = JSON.createObjectNode();
        call.put("hook", "order-sign");
        call.put("hookInstance", UUID.randomUUID().toString());
        call.put("fhirServer", ehr.fhirBase());
        ObjectNode authorization = call.putObject("fhirAuthorization");
        authorization.put("access_token", "the-ehrs-token-for-the-service");
        authorization.put("token_type", "Bearer");
        authorization.put("expires_in", 300);
        authorization.put("scope", "patient/*.rs");
        authorization.put("subject", "needlesafe");
        ObjectNode context = call.putObject("context");
        context.put("userId", TestEhr.USER);
        context.put("patientId", TestEhr.PATIENT);
        ObjectNode bundle = context.putObject("draftOrders");
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "collection");
        bundle.putArray("entry").addObject().set("resource",
                JSON.readTree(FHIR.newJsonParser().encodeResourceToString(TestEhr.order())));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(service.baseUrl() + "/cds-services/needlesafe-microneedling-order-sign"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(call))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode cards = JSON.readTree(response.body()).path("cards");
        assertThat(cards).hasSize(1);
        return cards.get(0);
    }

    private static String escapeHtml(String text) {
        return Html.escape(text);
    }
}
