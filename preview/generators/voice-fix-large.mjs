// Generator of the Voice PSL fix data of the `large-org` demo org (docs/voice-fix-wizard.md, "Preview simulation"):
// a 420-agent contact center where every agent got the licensed "Salesforce Voice Permission Set" from Amazon
// Connect, 60 of them (partner telephony) consuming a second Salesforce Voice User seat through it, and a fix
// (RR-0007) scheduled for the next out-of-hours window: the wizard opens on its monitor, whose first poll starts it.
//   remediation-org.json    the org model before the fix (users, connected apps, license, business hours)
//   remediation-runs.json   the seeded run, replayed by preview/adapters/_remediation-sim.mjs
// Deterministic: seeded PRNG (mulberry32), no Date.now()/Math.random() (run times are relative to the server's
// clock and resolved by the adapter).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const orgId = 'large-org';

const AGENTS = 420;
const PARTNER_EVERY = 7;
const FIRST_NAMES = [
    'Ana',
    'Ben',
    'Chloé',
    'Dev',
    'Elif',
    'Femi',
    'Gus',
    'Hana',
    'Ivo',
    'Jun',
    'Kai',
    'Lena',
    'Mo',
    'Nia'
];
const LAST_NAMES = [
    'Okafor',
    'Park',
    'Quinn',
    'Rossi',
    'Silva',
    'Tanaka',
    'Ueda',
    'Varga',
    'Weber',
    'Xu',
    'Yilmaz',
    'Zhou'
];

function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** An 18-character id: prefix + tag + zero-padded number + AAA. */
function id(prefix, tag, n) {
    return `${prefix}${tag}${String(n).padStart(15 - prefix.length - tag.length, '0')}AAA`;
}

const WEEKDAY = ['08:00', '18:00'];

export async function generate({ outDir }) {
    const random = mulberry32(0x5f1a);
    const users = [];
    for (let i = 1; i <= AGENTS; i++) {
        const first = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)];
        const last = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)];
        users.push({
            id: id('005', 'LgVx', i),
            name: `${first} ${last} ${String(i).padStart(3, '0')}`,
            username: `agent${String(i).padStart(3, '0')}@large-org.example`,
            isActive: random() > 0.03,
            keepsLicense: i % PARTNER_EVERY !== 0,
            setAssignmentId: id('0Pa', 'LgVx', i),
            licenseAssignmentId: id('2Pa', 'LgVx', i)
        });
    }
    const org = {
        license: { developerName: 'ServiceCloudVoicePsl', label: 'Salesforce Voice User', total: AGENTS, used: AGENTS },
        voiceSet: {
            id: id('0PS', 'LgVoice', 1),
            label: 'Salesforce Voice Permission Set',
            name: 'SalesforceVoiceCustomPsl',
            licensed: true
        },
        users,
        connectedApps: [
            { id: id('0H4', 'LgApp', 1), name: 'Amazon Connect SSO', accessId: id('0J0', 'LgApp', 1) },
            { id: id('0H4', 'LgApp', 2), name: 'Amazon Connect CTI Adapter', accessId: id('0J0', 'LgApp', 2) },
            { id: id('0H4', 'LgApp', 3), name: 'Contact Lens Insights', accessId: id('0J0', 'LgApp', 3) }
        ],
        businessHours: [
            {
                id: id('01m', 'LgDef', 1),
                name: 'Default',
                isDefault: true,
                timeZone: 'America/Chicago',
                summary: 'Mon–Fri 08:00–18:00; closed on Thanksgiving (Thu 26 Nov)',
                days: { Mon: WEEKDAY, Tue: WEEKDAY, Wed: WEEKDAY, Thu: WEEKDAY, Fri: WEEKDAY },
                holidays: [{ date: '2026-11-26', name: 'Thanksgiving' }]
            },
            {
                id: id('01m', 'LgFts', 2),
                name: 'Follow the sun (24x7)',
                isDefault: false,
                timeZone: 'GMT',
                summary: '24 hours a day, 7 days a week',
                days: Object.fromEntries(
                    ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d) => [d, ['00:00', '24:00']])
                ),
                holidays: []
            }
        ]
    };
    const runs = [
        {
            number: 7,
            events: [
                { at: '-26h', do: 'create' },
                { at: '-25h', do: 'schedule', start: 'upcoming-window' }
            ]
        }
    ];
    writeFileSync(join(outDir, 'remediation-org.json'), JSON.stringify(org));
    writeFileSync(join(outDir, 'remediation-runs.json'), JSON.stringify(runs, null, 1));
}
