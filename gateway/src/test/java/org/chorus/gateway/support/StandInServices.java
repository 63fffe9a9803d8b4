package org.chorus.gateway.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the stand-in services before the gateway and points the gateway at them. */
public class StandInServices implements QuarkusTestResourceLifecycleManager {

    private StandIns standIns;

    @Override
    public Map<String, String> start() {
        standIns = new StandIns();
        standIns.start();
        return Map.of(
                "chorus.gateway.petition-service-url", standIns.petition().url(),
                "chorus.gateway.letter-service-url", standIns.letter().url(),
                "chorus.gateway.notification-service-url", standIns.notification().url(),
                "quarkus.oidc.auth-server-url", standIns.keycloak().realmUrl());
    }

    @Override
    public void stop() {
        standIns.stop();
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(standIns,
                new TestInjector.AnnotatedAndMatchesType(InjectStandIns.class, StandIns.class));
    }
}
