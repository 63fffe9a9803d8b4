-- The demo campaign of the local platform (CAMPAIGN.md), loaded only with the "local" profile.
INSERT INTO petition (id, slug, title, summary, demands, goal, status, locales, consent_version)
VALUES (
    '6f1c2a7e-4d0b-4c55-9a43-1b2f0e6d8a01',
    'myanmar-arms-embargo',
    'Myanmar: stop the weapons and the jet fuel, bring the generals to justice',
    'Two years after the coup of 1 February 2021, nearly 3,000 people have been killed, 1.5 million people have '
        || 'been driven from their homes and more than 13,000 remain in detention. The military bombs villages, '
        || 'schools and clinics from the air. The Security Council has adopted a resolution, but the pressure is far '
        || 'too weak. Add your name to the letters we will deliver to the members of the Security Council and to '
        || 'governments around the world.',
    '[
      "Refer the situation in Myanmar to the International Criminal Court: the Security Council must act.",
      "Impose a comprehensive global arms embargo on Myanmar: all weapons, munitions, dual-use technology, military and security equipment, training and any other assistance.",
      "Stop aviation fuel: states and companies suspend every direct and indirect supply, sale and transfer, including transit, trans-shipment and brokering, while it can fuel air strikes.",
      "Release everyone detained for peacefully exercising their rights.",
      "ASEAN and its members: act to protect the people of Myanmar."
    ]'::jsonb,
    10000,
    'OPEN',
    '["en", "my"]'::jsonb,
    'consent-2026-11'
)
ON CONFLICT (slug) DO NOTHING;
