//! `samraad import` and `samraad export minutes` on the three sample minutes: every count as
//! counted by hand, the source's titles, ids and decisions in the export, the export imported
//! again into the same meeting, a second import appending nothing, and documents that are not
//! minutes refused with their file and line, leaving the store as it was.

#![allow(clippy::unwrap_used)]
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use samraad_tests::{Server, TESTS_DIR, samraad_bin};
use serde_json::{Value, json};
use uuid::Uuid;

/// The importer the command line acts as (`samraad_server::import::IMPORTER`).
const IMPORTER: Uuid = Uuid::from_u128(0x5341_4d52_0000_4000_8000_696d_706f_7274);

/// What a meeting holds, as compared across imports (ids left out).
const MEETING: &str = "query($m: ID!) { meeting(id: $m) { startsAt endsAt mode placeNotGiven
    location { address } status
    attendance { name status }
    agenda { items { number title presenters kind visibility caseReference documentNumber
      timeSlot absent
      sections { section text proposals style }
      attachments { title documentNumber caseReference }
      decision { text outcome outcomes { recommendation outcome note } } } }
    followUps { description owner { role personName } due status } } }";

fn fixture(name: &str) -> PathBuf {
    Path::new(TESTS_DIR)
        .join("../services/minutes/tests/fixtures")
        .join(name)
}

const SAMPLES: [&str; 3] = [
    "lillebaelt-fsn-2025-02-26.txt",
    "slagelse-fsf-2024-12-11.txt",
    "slagelse-fsf-2025-06-17.md",
];

fn samraad(args: &[&str]) -> Output {
    let output = Command::new(samraad_bin()).args(args).output().unwrap();
    assert!(
        output.status.code().is_some(),
        "samraad {args:?} died: {output:?}"
    );
    output
}

fn import(dir: &Path, files: &[PathBuf]) -> Output {
    let mut args = vec!["import", "--data-dir", dir.to_str().unwrap()];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    samraad(&args)
}

/// The meeting id of each file's summary line, in order.
fn meeting_ids(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|l| l.split_once(": meeting ").map(|(_, rest)| rest))
        .map(|rest| rest.split(' ').next().unwrap().to_owned())
        .collect()
}

/// The log's head, as `samraad rebuild` reports it.
fn head(dir: &Path) -> String {
    let out = samraad(&["rebuild", "--data-dir", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    stdout.lines().next().unwrap().to_owned()
}

fn export(dir: &Path, meeting: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "export",
        "minutes",
        "--data-dir",
        dir.to_str().unwrap(),
        "--meeting",
        meeting,
    ];
    args.extend(extra);
    let out = samraad(&args);
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// A token of the importer for the organisation it imported for (its secretariat seats),
/// once the read models, rebuilt from the log at start, show `meeting`.
async fn importer_token(server: &Server, meeting: &str) -> String {
    let probe = server.token_operator(IMPORTER, Uuid::now_v7());
    for _ in 0..100 {
        let data = server
            .gql(
                &probe,
                "query($m: ID!) { partnerships { organizations { id } } meeting(id: $m) { id } }",
                json!({ "m": meeting }),
            )
            .await;
        let org = data["partnerships"][0]["organizations"][0]["id"].as_str();
        if let (Some(org), false) = (org, data["meeting"].is_null()) {
            return server.token(IMPORTER, org.parse().unwrap());
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the imported partnership never appeared")
}

/// Counts of a meeting as the API shows it: items, recommendations, outcomes the wording
/// stated (per recommendation), item outcomes, decisions, attachments, participants,
/// apologies.
fn counts(meeting: &Value) -> [usize; 8] {
    let items = meeting["agenda"]["items"].as_array().unwrap();
    let decisions: Vec<&Value> = items
        .iter()
        .map(|i| &i["decision"])
        .filter(|d| !d.is_null())
        .collect();
    let attendance = meeting["attendance"].as_array().unwrap();
    let with = |status: &str| attendance.iter().filter(|a| a["status"] == status).count();
    [
        items.len(),
        items
            .iter()
            .flat_map(|i| i["sections"].as_array().unwrap())
            .filter(|s| s["section"] == "RECOMMENDATIONS")
            .map(|s| s["proposals"].as_array().unwrap().len())
            .sum(),
        decisions
            .iter()
            .flat_map(|d| d["outcomes"].as_array().unwrap())
            .filter(|o| o["outcome"] != "NOT_STATED")
            .count(),
        decisions.iter().filter(|d| !d["outcome"].is_null()).count(),
        decisions.len(),
        items
            .iter()
            .map(|i| i["attachments"].as_array().unwrap().len())
            .sum(),
        with("PRESENT"),
        with("APOLOGIES"),
    ]
}

#[tokio::test]
async fn the_samples_import_with_every_count_export_and_import_back_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<PathBuf> = SAMPLES.iter().map(|s| fixture(s)).collect();
    let first = import(dir.path(), &files);
    assert!(first.status.success(), "{first:?}");
    let ids = meeting_ids(&first);
    assert_eq!(ids.len(), 3, "{}", String::from_utf8_lossy(&first.stdout));
    let stderr = String::from_utf8_lossy(&first.stderr);
    assert!(
        stderr.contains("lillebaelt-fsn-2025-02-26.txt:14: warning: the table of contents"),
        "warnings name file and line:\n{stderr}"
    );

    // Importing again appends nothing.
    let before = head(dir.path());
    let again = import(dir.path(), &files);
    assert!(again.status.success(), "{again:?}");
    assert_eq!(
        meeting_ids(&again),
        ids,
        "the same documents are the same meetings"
    );
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("3 of 3 documents imported, 0 events"),
        "{}",
        String::from_utf8_lossy(&again.stdout)
    );
    assert_eq!(head(dir.path()), before, "a second import appended events");

    // Counted by hand in the sources (services/minutes/tests/samples.rs).
    let expected: [[usize; 8]; 3] = [
        [17, 22, 13, 2, 13, 14, 10, 4],
        [5, 7, 0, 4, 5, 12, 0, 0],
        [8, 8, 0, 6, 8, 11, 0, 0],
    ];
    let exports: Vec<String> = ids.iter().map(|m| export(dir.path(), m, &[])).collect();
    let server = Server::start_with(dir.path(), None);
    let token = importer_token(&server, ids.last().unwrap()).await;
    let mut states = Vec::new();
    for (k, id) in ids.iter().enumerate() {
        let data = server.gql(&token, MEETING, json!({ "m": id })).await;
        let meeting = &data["meeting"];
        assert_eq!(counts(meeting), expected[k], "{}", SAMPLES[k]);
        states.push(meeting.clone());
    }
    // The Lillebælt meeting: 14:30 in Copenhagen, in the room the header names, and its
    // events occurred then though they were written now, by the importer.
    assert_eq!(states[0]["startsAt"], "2025-02-26T13:30:00+00:00");
    assert_eq!(
        states[0]["location"]["address"],
        "Regionshuset, Damhaven 12 7100 Vejle, Mødelokale 6 - stuen"
    );
    assert_eq!(states[2]["mode"], "ONLINE");
    // "Klyngesekretariatet bedes om at udarbejde en sag …" and "Det fælles klyngesekretariat
    // blev desuden bedt om at følge op på …": the secretariat's follow-ups of item 3.
    let follow_ups = states[1]["followUps"].as_array().unwrap();
    assert_eq!(follow_ups.len(), 2, "{follow_ups:?}");
    assert!(
        follow_ups
            .iter()
            .all(|f| f["owner"]["role"] == "SECRETARIAT" && f["status"] == "OPEN"),
        "{follow_ups:?}"
    );
    assert!(
        follow_ups[0]["description"]
            .as_str()
            .unwrap()
            .starts_with("Klyngesekretariatet bedes om at udarbejde en sag til møde")
    );
    // Counted by hand in the decisions: Lillebælt's "Sekretariatet undersøger …", and in
    // June 2025 "… besvares af formandskabet" and "Klyngesekretariatet udformer forslag …".
    let owners = |k: usize| -> Vec<&str> {
        let list = states[k]["followUps"].as_array().unwrap();
        list.iter()
            .map(|f| f["owner"]["role"].as_str().unwrap())
            .collect()
    };
    assert_eq!(owners(0), ["SECRETARIAT"]);
    assert_eq!(owners(2), ["CHAIR", "SECRETARIAT"]);
    let welcome = &states[0]["agenda"]["items"][0];
    assert_eq!(welcome["title"], "Velkomst");
    assert_eq!(welcome["presenters"], json!(["Hanne Andersen"]));
    let history = server
        .gql(
            &token,
            "query($m: ID!) { history(entityId: $m) { type occurredAt recordedAt actor { personId } } }",
            json!({ "m": ids[0] }),
        )
        .await;
    let scheduled = &history["history"][0];
    assert_eq!(scheduled["type"], "MeetingScheduled");
    assert_eq!(scheduled["occurredAt"], "2025-02-26T13:30:00+00:00");
    assert!(
        scheduled["recordedAt"].as_str().unwrap() > "2026",
        "{scheduled}"
    );
    assert_eq!(scheduled["actor"]["personId"], IMPORTER.to_string());
    drop(server);

    // Every title, Sags ID, Dok ID and decision text of the source is in the export.
    for (k, sample) in SAMPLES.iter().enumerate() {
        let (source, _) =
            samraad_minutes::text::decode(&std::fs::read(fixture(sample)).unwrap()).unwrap();
        let minutes = samraad_minutes::parse(&source).unwrap();
        let exported = &exports[k];
        for item in &minutes.items {
            let mut wanted = vec![item.title.clone()];
            wanted.extend(item.case_reference.clone());
            wanted.extend(item.document_id.clone());
            wanted.extend(item.decision.iter().map(|d| d.text.clone()));
            wanted.extend(item.attachments.iter().map(|a| a.title.clone()));
            for text in wanted {
                assert!(
                    exported.contains(&text),
                    "{sample}: the export lacks {text:?}"
                );
            }
        }
    }

    // The exports imported into a fresh store are the same meetings.
    let copy = tempfile::tempdir().unwrap();
    let mut exported_files = Vec::new();
    for (k, text) in exports.iter().enumerate() {
        let path = copy.path().join(format!("export-{k}.md"));
        std::fs::write(&path, text).unwrap();
        exported_files.push(path);
    }
    let store = copy.path().join("store");
    let back = import(&store, &exported_files);
    assert!(back.status.success(), "{back:?}");
    assert!(
        !String::from_utf8_lossy(&back.stderr).contains("warning"),
        "Samraad's own minutes read without warnings:\n{}",
        String::from_utf8_lossy(&back.stderr)
    );
    let back_ids = meeting_ids(&back);
    let server = Server::start_with(&store, None);
    let token = importer_token(&server, back_ids.last().unwrap()).await;
    for (k, id) in back_ids.iter().enumerate() {
        let data = server.gql(&token, MEETING, json!({ "m": id })).await;
        assert_eq!(data["meeting"], states[k], "{}: round trip", SAMPLES[k]);
    }
}

#[tokio::test]
async fn minutes_export_as_html_with_tables_and_for_the_public() {
    let dir = tempfile::tempdir().unwrap();
    let minutes = "REFERAT Temaudvalg Kronikere d. 03-03-2025\n\n\
        Mødedato Mandag d. 3. marts 2025 kl. 10:00\n\nMødested Sygehus Lillebælt, lokale 2\n\n\
        Punkt 1: Orientering om status\n\n1 (Åben) Orientering om status\n\nSagsfremstilling\n\n\
        | Indsats | Status |\n|---|---|\n| FLUS | Grøn |\n\nBeslutning\n\nTaget til efterretning.\n\n\
        Punkt 2: Beslutning om personsager\n\n2 (Lukket) Beslutning om personsager\n\n\
        Sagsfremstilling\n\nFORTROLIGT-CANARY\n\nBeslutning\n\nGodkendt.\n";
    let file = dir.path().join("referat.txt");
    std::fs::write(&file, minutes).unwrap();
    let store = dir.path().join("store");
    let out = import(&store, &[file]);
    assert!(out.status.success(), "{out:?}");
    let id = &meeting_ids(&out)[0];
    let html = export(&store, id, &["--format", "html"]);
    assert!(
        html.contains("<table>") && html.contains("<td>FLUS</td>"),
        "{html}"
    );
    assert!(
        html.contains("FORTROLIGT-CANARY"),
        "the store's holder sees closed items"
    );
    // A table of text converted from PDF (tab-separated rows) is a table in HTML too.
    let out = import(&store, &[fixture(SAMPLES[0])]);
    assert!(out.status.success(), "{out:?}");
    let html = export(&store, &meeting_ids(&out)[0], &["--format", "html"]);
    assert!(
        html.contains("<th>Initiativ</th>") && html.contains("<td>Bliv Trygt Hjemme</td>"),
        "{html}"
    );
    let public = export(&store, id, &["--as-public"]);
    assert!(public.contains("# Punkt 2: Lukket punkt"), "{public}");
    assert!(!public.contains("FORTROLIGT-CANARY"), "{public}");
    assert!(!public.contains("personsager"), "{public}");
}

#[tokio::test]
async fn documents_that_are_not_minutes_are_refused_by_file_and_line_and_store_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    // Something in the store first, so that "unchanged" means something.
    let ok = import(&store, &[fixture(SAMPLES[1])]);
    assert!(ok.status.success(), "{ok:?}");
    let before = head(&store);

    let lillebaelt = std::fs::read_to_string(fixture(SAMPLES[0])).unwrap();
    let foreign = dir.path().join("README.txt");
    std::fs::write(&foreign, "Samraad\n\nEt system til møder.\n").unwrap();
    let truncated = dir.path().join("truncated.txt");
    std::fs::write(
        &truncated,
        lillebaelt.lines().take(27).collect::<Vec<_>>().join("\n"),
    )
    .unwrap();
    let binary = dir.path().join("referat.pdf");
    std::fs::write(&binary, b"%PDF-1.7\n\0\x01\x02 stream").unwrap();
    let huge = dir.path().join("huge.txt");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(50 * 1024 * 1024)
        .unwrap();
    let with_break_decided = dir.path().join("pause.txt");
    std::fs::write(
        &with_break_decided,
        "REFERAT Temaudvalg d. 03-03-2025\n\nMødedato Mandag d. 3. marts 2025 kl. 10:00\n\n\
         Mødested Ikke oplyst\n\nPunkt 1: Pause\n\nBeslutning\n\nGodkendt.\n",
    )
    .unwrap();
    let files = [&foreign, &truncated, &binary, &huge, &with_break_decided];
    let out = import(&store, &files.map(|f| f.to_path_buf()));
    assert!(!out.status.success(), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    for (file, says) in [
        (&foreign, "README.txt: error: line 1: no agenda item"),
        (&truncated, "truncated.txt: error: line 3: no agenda item"),
        (&binary, "referat.pdf: error: the document is binary"),
        (&huge, "huge.txt: error: the document is 52428800 bytes"),
        (
            &with_break_decided,
            "pause.txt: error: line 7: a break (Pause) with a decision",
        ),
    ] {
        assert!(
            stderr.contains(says),
            "{}: expected {says:?} in:\n{stderr}",
            file.display()
        );
    }
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("0 of 5 documents imported"),
        "{out:?}"
    );
    assert_eq!(head(&store), before, "a refused document changed the store");

    // Windows-1252, as old ESDH exports write it, imports like UTF-8: the same meeting.
    let cp1252: Vec<u8> = std::fs::read_to_string(fixture(SAMPLES[1]))
        .unwrap()
        .chars()
        .map(|c| match c {
            'æ' => 0xE6,
            'ø' => 0xF8,
            'å' => 0xE5,
            'Æ' => 0xC6,
            'Ø' => 0xD8,
            'Å' => 0xC5,
            'é' => 0xE9,
            '–' => 0x96,
            c if c.is_ascii() => c as u8,
            _ => b'?',
        })
        .collect();
    let legacy = dir.path().join("esdh.txt");
    std::fs::write(&legacy, &cp1252).unwrap();
    let dry = samraad(&[
        "import",
        "--dry-run",
        "--data-dir",
        store.to_str().unwrap(),
        legacy.to_str().unwrap(),
    ]);
    assert!(dry.status.success(), "{dry:?}");
    assert_eq!(head(&store), before, "a dry run stored something");
    let dry_out = String::from_utf8_lossy(&dry.stdout);
    assert!(
        dry_out.contains("5 items, 7 recommendations, 5 decisions"),
        "{dry_out}"
    );
}

const IMPORT: &str = "mutation($p: ID!, $d: String!, $dry: Boolean) {
    importMinutes(input: {partnershipId: $p, document: $d, dryRun: $dry}) {
      meetingId alreadyImported events
      counts { items recommendations decisions outcomes attachments people peopleMatched }
      warnings { line message }
      meeting { agenda { items { title } } attendance { name personId } } } }";

#[tokio::test]
async fn the_secretariat_imports_minutes_through_the_api() {
    use samraad_tests::cluster::{Cluster, run};
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let document = "REFERAT Fagligt Strategisk Niveau d. 26-02-2025\n\n\
        Mødedato Onsdag d. 26. februar 2025 kl. 14:30\n\n\
        Mødested Regionshuset, Damhaven 12, 7100 Vejle\n\nNoget uventet i hovedet\n\n\
        Punkt 1: Godkendelse af dagsorden\n\nDeltagere:\n\nSekretær Sø, Ukendt Person\n\n\
        Indstilling\n\nDet indstilles, at dagsordenen godkendes.\n\nBeslutning\n\nGodkendt.\n";
    let vars = |dry: bool| json!({"p": c.partnership, "d": document, "dry": dry});

    // A dry run stores nothing.
    let dry = run(&server, &c.secretariat, IMPORT, vars(true)).await;
    assert_eq!(dry["importMinutes"]["events"], 0, "{dry}");
    assert!(dry["importMinutes"]["meeting"].is_null(), "{dry}");

    let data = run(&server, &c.secretariat, IMPORT, vars(false)).await;
    let imported = &data["importMinutes"];
    assert_eq!(imported["alreadyImported"], false, "{data}");
    assert!(imported["events"].as_i64().unwrap() > 5, "{data}");
    assert_eq!(
        imported["counts"],
        json!({"items": 1, "recommendations": 1, "decisions": 1, "outcomes": 1,
               "attachments": 0, "people": 2, "peopleMatched": 0})
    );
    assert_eq!(imported["warnings"][0]["line"], 7, "{data}");
    assert_eq!(
        imported["meeting"]["agenda"]["items"][0]["title"],
        "Godkendelse af dagsorden"
    );

    // Again, by the chair: nothing appended.
    let again = run(&server, &c.chair, IMPORT, vars(false)).await;
    assert_eq!(again["importMinutes"]["alreadyImported"], true, "{again}");
    assert_eq!(again["importMinutes"]["events"], 0);
    assert_eq!(again["importMinutes"]["meetingId"], imported["meetingId"]);

    // Bad documents: typed errors naming the line; nothing is stored.
    let position = |data: &Value| data["position"].as_str().unwrap().to_owned();
    let before = position(&run(&server, &c.secretariat, "{ position }", json!({})).await);
    for (document, code, says) in [
        (
            "Kære alle, her er programmet.",
            "INVALID_INPUT",
            "line 1: no agenda item",
        ),
        ("", "INVALID_INPUT", "the document is empty"),
        (
            "REFERAT Temaudvalg for Akutområdet d. 03-03-2025\n\nPunkt 1: Velkomst\n",
            "NOT_FOUND",
            "no forum named \"Temaudvalg for Akutområdet\"",
        ),
    ] {
        let (got, error) = server
            .gql_error(
                Some(&c.secretariat.token),
                IMPORT,
                json!({"p": c.partnership, "d": document}),
            )
            .await;
        assert_eq!(got, code, "{error}");
        assert!(error["message"].as_str().unwrap().contains(says), "{error}");
    }
    // A member who does not run the forum may not import into it.
    let (got, _) = server
        .gql_error(
            Some(&c.member.token),
            IMPORT,
            json!({"p": c.partnership, "d": document.replace("26-02", "27-02")}),
        )
        .await;
    assert_eq!(got, "FORBIDDEN");
    let after = position(&run(&server, &c.secretariat, "{ position }", json!({})).await);
    assert_eq!(before, after, "a refused import stored events");
}

/// A forum's own layout: Indstilling after Sagsfremstilling under "Indstilling og proces", no
/// table of contents, no empty headings — and the minutes so laid out still import back.
#[tokio::test]
async fn minutes_follow_the_forums_template_and_still_import_back() {
    let dir = tempfile::tempdir().unwrap();
    let out = import(dir.path(), &[fixture(SAMPLES[1])]);
    assert!(out.status.success(), "{out:?}");
    let id = meeting_ids(&out)[0].clone();
    let default = export(dir.path(), &id, &[]);
    assert!(default.contains("## Indholdsfortegnelse"), "{default}");
    assert!(
        default.contains("## Tidligere beslutninger\n\n## "),
        "an empty heading is printed"
    );
    let server = Server::start_with(dir.path(), None);
    let token = importer_token(&server, &id).await;
    let data = server
        .gql(
            &token,
            "query($m: ID!) { meeting(id: $m) { forumId partnershipId } }",
            json!({"m": id}),
        )
        .await;
    let forum = &data["meeting"];
    let set = server
        .gql(
            &token,
            "mutation($p: ID!, $f: ID!) { setMinutesTemplate(input: {partnershipId: $p, forumId: $f,
               order: [BACKGROUND, RECOMMENDATIONS],
               labels: [{section: RECOMMENDATIONS, label: \"Indstilling og proces\"}],
               emptyHeadings: false, tableOfContents: false}) {
               forum { minutesTemplate { order labels { section label } emptyHeadings } } } }",
            json!({"p": forum["partnershipId"], "f": forum["forumId"]}),
        )
        .await;
    let template = &set["setMinutesTemplate"]["forum"]["minutesTemplate"];
    assert_eq!(template["order"][0], "BACKGROUND", "{set}");
    assert_eq!(template["emptyHeadings"], false);
    let minutes = server
        .gql(
            &token,
            "query($m: ID!) { meeting(id: $m) { minutes } }",
            json!({"m": id}),
        )
        .await["meeting"]["minutes"]
        .as_str()
        .unwrap()
        .to_owned();
    drop(server);
    assert!(!minutes.contains("Indholdsfortegnelse"), "{minutes}");
    assert!(
        !minutes.contains("## Tidligere beslutninger\n\n## "),
        "{minutes}"
    );
    let items: Vec<&str> = minutes
        .split("\n# Punkt ")
        .filter(|item| {
            item.contains("## Sagsfremstilling") && item.contains("## Indstilling og proces")
        })
        .collect();
    assert!(!items.is_empty(), "{minutes}");
    for item in items {
        let background = item.find("## Sagsfremstilling").unwrap();
        let recommendations = item.find("## Indstilling og proces").unwrap();
        assert!(
            background < recommendations,
            "Indstilling after Sagsfremstilling:\n{item}"
        );
    }
    assert_eq!(
        export(dir.path(), &id, &[]),
        minutes,
        "export and API render alike"
    );

    // The laid-out minutes import back with the same recommendations and decisions.
    let file = dir.path().join("laid-out.md");
    std::fs::write(&file, &minutes).unwrap();
    let back = import(&dir.path().join("copy"), &[file]);
    assert!(back.status.success(), "{back:?}");
    let summary = String::from_utf8_lossy(&back.stdout);
    assert!(
        summary.contains("5 items, 7 recommendations, 5 decisions"),
        "{summary}"
    );
}

/// `samraad import --database-url` writes to the PostgreSQL store replicas share: the server
/// on that database shows the meeting with the same counts, and a second import appends
/// nothing.
#[tokio::test]
async fn import_on_postgres() {
    let url = samraad_store::testing::fresh_database_url().await.unwrap();
    let keys = tempfile::tempdir().unwrap();
    let run = || {
        samraad(&[
            "import",
            "--data-dir",
            keys.path().to_str().unwrap(),
            "--database-url",
            &url,
            fixture(SAMPLES[1]).to_str().unwrap(),
        ])
    };
    let first = run();
    assert!(first.status.success(), "{first:?}");
    let ids = meeting_ids(&first);
    let again = run();
    assert!(again.status.success(), "{again:?}");
    assert_eq!(meeting_ids(&again), ids);
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("1 of 1 documents imported, 0 events"),
        "{again:?}"
    );
    let server = Server::start_with(keys.path(), Some(&url));
    let token = importer_token(&server, &ids[0]).await;
    let data = server.gql(&token, MEETING, json!({ "m": ids[0] })).await;
    assert_eq!(counts(&data["meeting"]), [5, 7, 0, 4, 5, 12, 0, 0]);
}
