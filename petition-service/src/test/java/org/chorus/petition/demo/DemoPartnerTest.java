package org.chorus.petition.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.chorus.petition.Partner;
import org.chorus.petition.Petition;
import org.chorus.petition.TestPartners;
import org.chorus.petition.TestPetitions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The local platform's demo partner: registered with the demo campaign, its client from the realm file. */
@QuarkusTest
class DemoPartnerTest {

    @Inject
    DemoCampaign demo;

    @Inject
    TestPetitions petitions;

    @Inject
    TestPartners partners;

    @Test
    void theDemoPartnerIsRegisteredOnceAndItsTokenOpensThePartnerApi() {
        demo.registerDemoPartner();
        demo.registerDemoPartner();

        Partner p = partners.find("demo-partner");
        assertEquals("Demo Partner", p.name);
        assertEquals("demo-partner", p.clientId);
        assertEquals(List.of("http://localhost:8090", "http://127.0.0.1:8090"), p.origins());
        assertEquals(1, partners.count("demo-partner"));

        Petition petition = petitions.create(Petition.Status.OPEN);
        given().auth().oauth2(TestPartners.token("demo-partner")).queryParam("petition", petition.slug)
                .when().get("/api/partner/tally")
                .then().statusCode(200).body("partner", equalTo("demo-partner"));
    }
}
