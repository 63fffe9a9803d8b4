package org.chorus.petition.web;

import static org.chorus.testing.kafka.TopicReader.jsonValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.chorus.petition.Petition;
import org.chorus.petition.SignForms;
import org.chorus.petition.Signer;
import org.chorus.petition.TestPetitions;
import org.chorus.testing.kafka.TopicReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SignFormNamesTest {

    @Inject
    TestPetitions petitions;

    @Inject
    FormGuard guard;

    @ParameterizedTest
    @ValueSource(strings = { "မသီတာ", "سارا أحمد", "王小明", "Thida 🌸✊🏽", "Zoë d'Arc-Señor" })
    void namesInAnyScriptSurviveTheFormTwice(String name) {
        Petition p = petitions.create(Petition.Status.OPEN);
        var form = SignForms.filled(guard, p.slug, name, "not-an-address");
        String reshown = SignForms.post(p.slug, form).then().statusCode(400).extract().asString();
        String escaped = name.replace("'", "&#39;");
        assertTrue(reshown.contains("value=\"" + escaped + "\""), "shown again intact: " + name);

        String email = Signer.newEmail();
        form.put("email", email);
        SignForms.post(p.slug, form).then().statusCode(200);
        var submitted = TopicReader.await("signatures",
                jsonValue(e -> email.equals(e.path("data").path("email").asText())), Duration.ofSeconds(20));
        assertEquals(name, TopicReader.parse(submitted.value()).path("data").path("name").asText(), "stored intact");
    }

    @ParameterizedTest
    @ValueSource(strings = { "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "Ma</title><b>Thida" })
    void htmlInANameIsShownAsTextNeverRun(String name) {
        Petition p = petitions.create(Petition.Status.OPEN);
        var form = SignForms.filled(guard, p.slug, name, "not-an-address");
        String reshown = SignForms.post(p.slug, form).then().statusCode(400).extract().asString();
        assertFalse(reshown.contains(name), "never as markup: " + name);
        assertFalse(reshown.contains("<script"));
        assertFalse(reshown.contains("<img"));
        String escaped = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
        assertTrue(reshown.contains("value=\"" + escaped + "\""), "shown as text: " + reshown);
    }
}
