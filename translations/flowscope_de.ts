<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>The workspace file to work on (required). Any path works; .flowscope is the suggested extension.</source>
        <translation>Die Arbeitsbereichsdatei, mit der gearbeitet wird (erforderlich). Jeder Pfad ist möglich; empfohlen wird die Endung .flowscope.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print the result as one JSON document on stdout instead of text.</source>
        <translation>Das Ergebnis als ein JSON-Dokument auf stdout ausgeben statt als Text.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 the work failed, 2 bad usage or unreadable input.
</source>
        <translation>
Exit-Codes: 0 Erfolg, 1 die Arbeit ist fehlgeschlagen, 2 falscher Aufruf oder unlesbare Eingabe.
</translation>
    </message>
    <message>
        <source>Missing --workspace FILE: name the workspace file, for example --workspace analysis.flowscope.</source>
        <translation>--workspace DATEI fehlt: Geben Sie die Arbeitsbereichsdatei an, zum Beispiel --workspace analyse.flowscope.</translation>
    </message>
    <message>
        <source>Run &apos;flowscope-cli %1 --help&apos; for the options.
</source>
        <translation>Die Optionen zeigt &apos;flowscope-cli %1 --help&apos;.
</translation>
    </message>
    <message>
        <source>Upgrading %1 from workspace version %2 to %3. This happens once and can take a minute for a large workspace.
</source>
        <translation>%1 wird von Arbeitsbereichsversion %2 auf %3 aktualisiert. Das geschieht einmalig und kann bei einem großen Arbeitsbereich eine Minute dauern.
</translation>
    </message>
</context>
<context>
    <name>ContactPathPage</name>
    <message>
        <source>Contact id or contact ARN</source>
        <translation>Kontakt-ID oder Kontakt-ARN</translation>
    </message>
    <message>
        <source>Type or paste a contact id and press Enter</source>
        <translation>Kontakt-ID eingeben oder einfügen und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Show path</source>
        <translation>Pfad anzeigen</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instanz:</translation>
    </message>
    <message>
        <source>This contact id occurs in more than one instance</source>
        <translation>Diese Kontakt-ID kommt in mehr als einer Instanz vor</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Created by test executions</source>
        <translation>Erzeugt von Testausführungen</translation>
    </message>
    <message numerus="yes">
        <source>Contact %1: %n flow event(s)</source>
        <translation>
            <numerusform>Kontakt %1: %n Flussereignis</numerusform>
            <numerusform>Kontakt %1: %n Flussereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Type or paste a contact id to see its path.</source>
        <translation>Geben Sie eine Kontakt-ID ein oder fügen Sie sie ein, um ihren Pfad zu sehen.</translation>
    </message>
    <message>
        <source>Open a workspace to see the path of contact %1.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um den Pfad von Kontakt %1 zu sehen.</translation>
    </message>
    <message>
        <source>Reading the flow events of contact %1…</source>
        <translation>Die Flussereignisse von Kontakt %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Open a workspace, then type or paste a contact id, or choose &quot;Open contact&quot; on any row that names a contact.</source>
        <translation>Öffnen Sie einen Arbeitsbereich und geben Sie dann eine Kontakt-ID ein oder fügen Sie sie ein, oder wählen Sie „Kontakt öffnen“ in einer Zeile, die einen Kontakt nennt.</translation>
    </message>
    <message>
        <source>Type or paste a contact id, or choose &quot;Open contact&quot; on any row that names a contact.</source>
        <translation>Geben Sie eine Kontakt-ID ein oder fügen Sie sie ein, oder wählen Sie „Kontakt öffnen“ in einer Zeile, die einen Kontakt nennt.</translation>
    </message>
    <message>
        <source>No flow events of contact %1 are in this workspace. Check the id and the instance it belongs to, or import the contact_flow_events export that holds its flow events.</source>
        <translation>Dieser Arbeitsbereich enthält keine Flussereignisse von Kontakt %1. Prüfen Sie die ID und die Instanz, zu der er gehört, oder importieren Sie den contact_flow_events-Export mit seinen Flussereignissen.</translation>
    </message>
    <message>
        <source>Contact %1 has no flow events in instance %2; showing instance %3.</source>
        <translation>Kontakt %1 hat keine Flussereignisse in Instanz %2; Instanz %3 wird angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>The id occurs in %n instance(s); choose one beside the search box.</source>
        <translation>
            <numerusform>Die ID kommt in %n Instanz vor; wählen Sie eine neben dem Suchfeld.</numerusform>
            <numerusform>Die ID kommt in %n Instanzen vor; wählen Sie eine neben dem Suchfeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>None: no test execution in this workspace lists this contact.</source>
        <translation>Keine: Keine Testausführung in diesem Arbeitsbereich führt diesen Kontakt auf.</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>initial contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>associated contact</source>
        <translation>zugehöriger Kontakt</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · execution %4 · %5</source>
        <translation>%1 · %2 · %3 · Ausführung %4 · %5</translation>
    </message>
</context>
<context>
    <name>Flowscope::AtomicOutputPath</name>
    <message>
        <source>Cannot write in the folder of %1: %2. Choose a folder you can write to.</source>
        <translation>Im Ordner von %1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2. Check the folder&apos;s permissions.</source>
        <translation>Das Speichern von %1 ist fehlgeschlagen: %2. Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
</context>
<context>
    <name>Flowscope::BrowserPage</name>
    <message>
        <source>Click a column header to sort; right-click to choose the columns</source>
        <translation>Klick auf einen Spaltenkopf sortiert; Rechtsklick wählt die Spalten</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Zeilen werden gezählt…</translation>
    </message>
    <message>
        <source>%1 (%L2 loaded)</source>
        <translation>%1 (%L2 geladen)</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>The rows could not be read</source>
        <translation>Die Zeilen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>No rows match the filter</source>
        <translation>Keine Zeile passt zum Filter</translation>
    </message>
    <message>
        <source>Loosen the time range or choose other values, or clear the filter.</source>
        <translation>Erweitern Sie den Zeitraum, wählen Sie andere Werte oder setzen Sie den Filter zurück.</translation>
    </message>
    <message>
        <source>Nothing imported yet</source>
        <translation>Noch nichts importiert</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Open contact %1</source>
        <translation>Kontakt %1 öffnen</translation>
    </message>
    <message>
        <source>Show the flow events of this contact</source>
        <translation>Die Flussereignisse dieses Kontakts anzeigen</translation>
    </message>
    <message>
        <source>Show all contacts</source>
        <translation>Alle Kontakte anzeigen</translation>
    </message>
    <message>
        <source>Stop narrowing the rows to the contacts chosen on another page</source>
        <translation>Die Zeilen nicht länger auf die Kontakte beschränken, die auf einer anderen Seite gewählt wurden</translation>
    </message>
    <message numerus="yes">
        <source>Showing the flow events of %n contact(s) chosen on another page.</source>
        <translation>
            <numerusform>Angezeigt werden die Flussereignisse von %n Kontakt, der auf einer anderen Seite gewählt wurde.</numerusform>
            <numerusform>Angezeigt werden die Flussereignisse von %n Kontakten, die auf einer anderen Seite gewählt wurden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the test runs that created %n contact(s) chosen on another page.</source>
        <translation>
            <numerusform>Angezeigt werden die Testläufe, die %n auf einer anderen Seite gewählten Kontakt erzeugt haben.</numerusform>
            <numerusform>Angezeigt werden die Testläufe, die %n auf einer anderen Seite gewählte Kontakte erzeugt haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::ByteStream</name>
    <message>
        <source>Cannot open the file: %1. Check that it exists and that you may read it.</source>
        <translation>Die Datei kann nicht geöffnet werden: %1. Prüfen Sie, ob sie existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>Reading the file failed after %1 bytes: %2. Copy it to a local disk and import it again.</source>
        <translation>Das Lesen der Datei ist nach %1 Bytes fehlgeschlagen: %2. Kopieren Sie sie auf ein lokales Laufwerk und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Cannot start gzip decompression: out of memory. Close other programs and import the file again.</source>
        <translation>Die gzip-Dekomprimierung kann nicht starten: zu wenig Arbeitsspeicher. Schließen Sie andere Programme und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The gzip data ends early, after %1 bytes of the file, so the file is incomplete. Download it again.</source>
        <translation>Die gzip-Daten enden vorzeitig nach %1 Bytes der Datei, die Datei ist also unvollständig. Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>The gzip data is invalid near byte %1 of the file (%2). Download the file again or import the uncompressed file.</source>
        <translation>Die gzip-Daten sind bei Byte %1 der Datei ungültig (%2). Laden Sie die Datei erneut herunter oder importieren Sie die unkomprimierte Datei.</translation>
    </message>
    <message>
        <source>The file has bytes after its gzip data that are not gzip, and they were ignored. If rows are missing, download the file again.</source>
        <translation>Die Datei enthält nach ihren gzip-Daten Bytes, die kein gzip sind; sie wurden ignoriert. Falls Zeilen fehlen, laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <source>Line %1: bytes that are not valid %2 were replaced with U+FFFD, and so will any later ones. If the text looks wrong, save the file as UTF-8 and import it again.</source>
        <translation>Zeile %1: Bytes, die kein gültiges %2 sind, wurden durch U+FFFD ersetzt, ebenso alle späteren. Sieht der Text falsch aus, speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Line %1: bytes %2 are not valid %3 and were replaced with U+FFFD, and so will any later ones. If the text looks wrong, save the file as UTF-8 or choose its encoding, and import it again.</source>
        <translation>Zeile %1: Die Bytes %2 sind kein gültiges %3 und wurden durch U+FFFD ersetzt, ebenso alle späteren. Sieht der Text falsch aus, speichern Sie die Datei als UTF-8 oder wählen Sie ihre Kodierung, und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>Flowscope::ChoiceButton</name>
    <message>
        <source>Search values…</source>
        <translation>Werte suchen…</translation>
    </message>
    <message>
        <source>Any value</source>
        <translation>Jeder Wert</translation>
    </message>
    <message>
        <source>Clear the selection so that every value is shown</source>
        <translation>Auswahl aufheben, sodass alle Werte angezeigt werden</translation>
    </message>
    <message>
        <source>NULL (no value)</source>
        <translation>NULL (kein Wert)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n weiterer)</numerusform>
            <numerusform>%1 (+%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::Cli</name>
    <message>
        <source>Print this help and exit.</source>
        <translation>Diese Hilfe ausgeben und beenden.</translation>
    </message>
    <message>
        <source>The command name, always the first argument.</source>
        <translation>Der Name des Befehls, immer das erste Argument.</translation>
    </message>
</context>
<context>
    <name>Flowscope::Cli::Commands</name>
    <message>
        <source>Import data lake exports (files, folders, .gz) into the workspace</source>
        <translation>Data-Lake-Exporte (Dateien, Ordner, .gz) in den Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>Print row counts, time spans and distinct values of the workspace</source>
        <translation>Zeilenzahlen, Zeitspannen und verschiedene Werte des Arbeitsbereichs ausgeben</translation>
    </message>
    <message>
        <source>Print the reference flow metrics: flows started, outcome shares and flow times</source>
        <translation>Die Referenz-Flow-Kennzahlen ausgeben: gestartete Flows, Ergebnisanteile und Flow-Dauern</translation>
    </message>
    <message>
        <source>Print the flow map&apos;s transitions and the most frequent variants</source>
        <translation>Die Übergänge der Flow-Karte und die häufigsten Varianten ausgeben</translation>
    </message>
    <message>
        <source>Store flow and module display names from list-contact-flows JSON or an id,name CSV</source>
        <translation>Anzeigenamen von Flows und Modulen aus list-contact-flows-JSON oder einer CSV mit id,name speichern</translation>
    </message>
    <message>
        <source>Print test executions per day, week or month and per test case, with pass rates and flaky marks</source>
        <translation>Testausführungen je Tag, Woche oder Monat und je Testfall ausgeben, mit Erfolgsquoten und Instabilitätsmarken</translation>
    </message>
    <message>
        <source>Export a view under a filter as CSV, XLSX, a PDF report, PNG, SVG or an Athena query</source>
        <translation>Eine Ansicht unter einem Filter als CSV, XLSX, PDF-Bericht, PNG, SVG oder Athena-Abfrage exportieren</translation>
    </message>
</context>
<context>
    <name>Flowscope::Cli::Export</name>
    <message>
        <source>The view to export: %1. Repeat it to put several views in one xlsx workbook or pdf report.</source>
        <translation>Die zu exportierende Ansicht: %1. Mehrfach angeben, um mehrere Ansichten in eine xlsx-Arbeitsmappe oder einen pdf-Bericht zu schreiben.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The file format: %1.</source>
        <translation>Das Dateiformat: %1.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write; an existing file is replaced only when the export succeeds.</source>
        <translation>Die zu schreibende Datei; eine vorhandene Datei wird nur ersetzt, wenn der Export gelingt.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>flow-events and test-runs: the columns to export, comma-separated, in this order (default: all).</source>
        <translation>flow-events und test-runs: die zu exportierenden Spalten, durch Kommas getrennt, in dieser Reihenfolge (Standard: alle).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>The IANA time zone timestamps are shown in and test-trend buckets follow, such as Europe/Berlin.</source>
        <translation>Die IANA-Zeitzone, in der Zeitstempel angezeigt werden und nach der sich die test-trend-Intervalle richten, etwa Europe/Berlin.</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>test-trend: the bucket size, day, week or month.</source>
        <translation>test-trend: die Intervallgröße, day, week oder month.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>variants: export the N most frequent (0, the default, exports all).</source>
        <translation>variants: die N häufigsten exportieren (0, der Standard, exportiert alle).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>csv: start with a UTF-8 byte order mark, so that Excel reads the file as UTF-8.</source>
        <translation>csv: mit einer UTF-8-Bytereihenfolgemarke (BOM) beginnen, damit Excel die Datei als UTF-8 liest.</translation>
    </message>
    <message>
        <source>csv: the field delimiter, one character or tab (default ,).</source>
        <translation>csv: das Feldtrennzeichen, ein Zeichen oder tab (Standard ,).</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>ZEICHEN</translation>
    </message>
    <message>
        <source>csv: keep text starting with = + - @, tab or CR as it is, instead of prefixing an apostrophe so that spreadsheets do not run it.</source>
        <translation>csv: Text, der mit = + - @, Tabulator oder CR beginnt, unverändert lassen, statt einen Apostroph voranzustellen, damit Tabellenkalkulationen ihn nicht ausführen.</translation>
    </message>
    <message>
        <source>athena-sql: the database that holds the data lake tables.</source>
        <translation>athena-sql: die Datenbank mit den Data-Lake-Tabellen.</translation>
    </message>
    <message>
        <source>png, svg: the picture width in pixels (default: the graphic&apos;s natural size).</source>
        <translation>png, svg: die Bildbreite in Pixeln (Standard: die natürliche Größe der Grafik).</translation>
    </message>
    <message>
        <source>PIXELS</source>
        <translation>PIXEL</translation>
    </message>
    <message>
        <source>png, svg: the picture height in pixels.</source>
        <translation>png, svg: die Bildhöhe in Pixeln.</translation>
    </message>
    <message>
        <source>png: pixels per picture pixel, such as 2 for high-resolution screens (default 1).</source>
        <translation>png: Pixel je Bildpixel, etwa 2 für hochauflösende Bildschirme (Standard 1).</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FAKTOR</translation>
    </message>
    <message>
        <source>Missing --view: name the view to export, one of %1.</source>
        <translation>--view fehlt: Nennen Sie die zu exportierende Ansicht, eine von %1.</translation>
    </message>
    <message>
        <source>Unknown --view &apos;%1&apos;: use one of %2.</source>
        <translation>Unbekannter Wert &apos;%1&apos; für --view: Verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>Missing --format: use one of %1.</source>
        <translation>--format fehlt: Verwenden Sie eines von %1.</translation>
    </message>
    <message>
        <source>Unknown --format &apos;%1&apos;: use one of %2.</source>
        <translation>Unbekannter Wert &apos;%1&apos; für --format: Verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>Missing --output: name the file to write.</source>
        <translation>--output fehlt: Nennen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Unknown --time-zone &apos;%1&apos;: use an IANA name such as Europe/Berlin, or UTC.</source>
        <translation>Unbekannte --time-zone &apos;%1&apos;: Verwenden Sie einen IANA-Namen wie Europe/Berlin oder UTC.</translation>
    </message>
    <message>
        <source>Invalid --bucket value &apos;%1&apos;: use day, week or month.</source>
        <translation>Ungültiger Wert &apos;%1&apos; für --bucket: Verwenden Sie day, week oder month.</translation>
    </message>
    <message>
        <source>Invalid --top value &apos;%1&apos;: use a whole number, 0 for all.</source>
        <translation>Ungültiger Wert &apos;%1&apos; für --top: Verwenden Sie eine ganze Zahl, 0 für alle.</translation>
    </message>
    <message>
        <source>Invalid --delimiter &apos;%1&apos;: use one ASCII character other than a quote or line break, or tab.</source>
        <translation>Ungültiger Wert &apos;%1&apos; für --delimiter: Verwenden Sie ein ASCII-Zeichen außer Anführungszeichen und Zeilenumbruch, oder tab.</translation>
    </message>
    <message>
        <source>Invalid --width, --height or --scale: use positive numbers.</source>
        <translation>Ungültige Werte für --width, --height oder --scale: Verwenden Sie positive Zahlen.</translation>
    </message>
    <message>
        <source>Give --width and --height together, or neither for the graphic&apos;s natural size.</source>
        <translation>Geben Sie --width und --height zusammen an, oder keines von beiden für die natürliche Größe der Grafik.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;: export takes no inputs; name the file with --output.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;: export nimmt keine Eingaben; nennen Sie die Datei mit --output.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2.
</source>
        <translation>
            <numerusform>%n Zeile von %1 nach %2 exportiert.
</numerusform>
            <numerusform>%n Zeilen von %1 nach %2 exportiert.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 as %2 to %3.
</source>
        <translation>%1 als %2 nach %3 exportiert.
</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) starting with = + - @, tab or CR got a leading apostrophe so that spreadsheets do not run them as formulas; --allow-formulas keeps them as they are.
</source>
        <translation>
            <numerusform>%n Zelle, die mit = + - @, Tabulator oder CR beginnt, hat einen vorangestellten Apostroph erhalten, damit Tabellenkalkulationen sie nicht als Formel ausführen; --allow-formulas lässt sie unverändert.
</numerusform>
            <numerusform>%n Zellen, die mit = + - @, Tabulator oder CR beginnen, haben einen vorangestellten Apostroph erhalten, damit Tabellenkalkulationen sie nicht als Formeln ausführen; --allow-formulas lässt sie unverändert.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were cut to Excel&apos;s limit of 32,767 characters.
</source>
        <translation>
            <numerusform>%n Zelle wurde auf die Excel-Grenze von 32.767 Zeichen gekürzt.
</numerusform>
            <numerusform>%n Zellen wurden auf die Excel-Grenze von 32.767 Zeichen gekürzt.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written to %1.</source>
        <translation>Der Export wurde abgebrochen. In %1 wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Flowscope::Cli::FilterOptionSet</name>
    <message>
        <source>Only rows that start at or after this time: an ISO 8601 date or date-time, UTC unless it carries an offset (2026-11-03, 2026-11-03T14:00:00+01:00).</source>
        <translation>Nur Zeilen, die zu oder nach dieser Zeit beginnen: ein ISO-8601-Datum oder -Zeitpunkt, UTC, sofern kein Versatz angegeben ist (2026-11-03, 2026-11-03T14:00:00+01:00).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Only rows that start before this time (the window is half-open); same form as --from.</source>
        <translation>Nur Zeilen, die vor dieser Zeit beginnen (der Zeitraum ist halboffen); gleiche Form wie --from.</translation>
    </message>
    <message>
        <source>Only this instance_id; repeatable.</source>
        <translation>Nur diese instance_id; wiederholbar.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only this channel, such as VOICE; repeatable.</source>
        <translation>Nur dieser Kanal, etwa VOICE; wiederholbar.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only this flow_type, such as CONTACT_FLOW; repeatable.</source>
        <translation>Nur dieser flow_type, etwa CONTACT_FLOW; wiederholbar.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>Only this flow_resource_id; repeatable.</source>
        <translation>Nur diese flow_resource_id; wiederholbar.</translation>
    </message>
    <message>
        <source>Only this flow_outcome; repeatable. NULL matches rows without an outcome.</source>
        <translation>Nur dieses flow_outcome; wiederholbar. NULL passt auf Zeilen ohne Ergebnis.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>Only this next_queue_resource_id; repeatable.</source>
        <translation>Nur diese next_queue_resource_id; wiederholbar.</translation>
    </message>
    <message>
        <source>Only test cases whose ARN or name contains this text.</source>
        <translation>Nur Testfälle, deren ARN oder Name diesen Text enthält.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only this connect_test_case_result, such as Failed; repeatable.</source>
        <translation>Nur dieses connect_test_case_result, etwa Failed; wiederholbar.</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>Invalid --%1 value &apos;%2&apos;: use an ISO 8601 date or date-time such as 2026-11-03 or 2026-11-03T14:00:00Z.</source>
        <translation>Ungültiger Wert &apos;%2&apos; für --%1: Verwenden Sie ein ISO-8601-Datum oder einen Zeitpunkt wie 2026-11-03 oder 2026-11-03T14:00:00Z.</translation>
    </message>
    <message>
        <source>The window --from %1 --to %2 is empty: --to must be later than --from.</source>
        <translation>Der Zeitraum --from %1 --to %2 ist leer: --to muss später als --from sein.</translation>
    </message>
    <message>
        <source>Only this contact_id (see --contact-match).</source>
        <translation>Nur diese contact_id (siehe --contact-match).</translation>
    </message>
    <message>
        <source>Only this initiation_method, such as INBOUND; repeatable.</source>
        <translation>Nur diese initiation_method, etwa INBOUND; wiederholbar.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>Flow events of contacts that a test execution created: any (default), only or exclude.</source>
        <translation>Flussereignisse von Kontakten, die eine Testausführung erzeugt hat: any (Standard), only oder exclude.</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>WELCHE</translation>
    </message>
    <message>
        <source>How --contact compares: exact (default) or contains (a literal substring, case-sensitive).</source>
        <translation>Wie --contact vergleicht: exact (Standard) oder contains (eine wörtliche Teilzeichenkette, Groß-/Kleinschreibung beachtet).</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>VERGLEICH</translation>
    </message>
    <message>
        <source>Only this connect_test_case_status, such as Completed; repeatable.</source>
        <translation>Nur dieser connect_test_case_status, etwa Completed; wiederholbar.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only this connect_test_case_type, such as FlowTest; repeatable.</source>
        <translation>Nur dieser connect_test_case_type, etwa FlowTest; wiederholbar.</translation>
    </message>
    <message>
        <source>Only this connect_test_case_execution_method, such as Scheduled; repeatable.</source>
        <translation>Nur diese connect_test_case_execution_method, etwa Scheduled; wiederholbar.</translation>
    </message>
    <message>
        <source>Only this connect_test_case_execution_channel, such as Voice; repeatable.</source>
        <translation>Nur dieser connect_test_case_execution_channel, etwa Voice; wiederholbar.</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <source>Only this connect_test_case_execution_channel_subtype, such as SMS; repeatable.</source>
        <translation>Nur dieser connect_test_case_execution_channel_subtype, etwa SMS; wiederholbar.</translation>
    </message>
    <message>
        <source>SUBTYPE</source>
        <translation>UNTERTYP</translation>
    </message>
    <message>
        <source>Only this connect_test_case_initiating_flow_id; repeatable.</source>
        <translation>Nur diese connect_test_case_initiating_flow_id; wiederholbar.</translation>
    </message>
    <message>
        <source>Invalid --created-by-test-run value &apos;%1&apos;: use any, only or exclude.</source>
        <translation>Ungültiger Wert &apos;%1&apos; für --created-by-test-run: Verwenden Sie any, only oder exclude.</translation>
    </message>
    <message>
        <source>Invalid --contact-match value &apos;%1&apos;: use exact or contains.</source>
        <translation>Ungültiger Wert &apos;%1&apos; für --contact-match: Verwenden Sie exact oder contains.</translation>
    </message>
</context>
<context>
    <name>Flowscope::Cli::FlowMetrics</name>
    <message>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Flow type</source>
        <translation>Flow-Typ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Average s</source>
        <translation>Mittel s</translation>
    </message>
    <message>
        <source>Min s</source>
        <translation>Min. s</translation>
    </message>
    <message>
        <source>Max s</source>
        <translation>Max. s</translation>
    </message>
    <message>
        <source>Flows started
</source>
        <translation>Gestartete Flows
</translation>
    </message>
    <message>
        <source>
Flow outcomes (rows with an end time)
</source>
        <translation>
Flow-Ergebnisse (Zeilen mit Endzeit)
</translation>
    </message>
    <message>
        <source>
Flow time in seconds (rows with an end time)
</source>
        <translation>
Flow-Dauer in Sekunden (Zeilen mit Endzeit)
</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;: flow-metrics takes no inputs.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;: flow-metrics nimmt keine Eingaben.</translation>
    </message>
</context>
<context>
    <name>Flowscope::Cli::Import</name>
    <message>
        <source>Input %1 not found. Check the path.</source>
        <translation>Eingabe %1 nicht gefunden. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>Input %1 is not readable. Check its permissions.</source>
        <translation>Eingabe %1 ist nicht lesbar. Prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Files to import: CSV, TEXTFILE or JSON exports, .gz or not, and folders of part files (read recursively).</source>
        <translation>Zu importierende Dateien: CSV-, TEXTFILE- oder JSON-Exporte, mit oder ohne .gz, und Ordner mit Teildateien (rekursiv gelesen).</translation>
    </message>
    <message>
        <source>Missing INPUT: name the files or folders to import.</source>
        <translation>EINGABE fehlt: Nennen Sie die zu importierenden Dateien oder Ordner.</translation>
    </message>
    <message>
        <source>%1 The new workspace contains no data.</source>
        <translation>%1 Der neue Arbeitsbereich enthält keine Daten.</translation>
    </message>
    <message>
        <source>The import was cancelled. The workspace is unchanged.</source>
        <translation>Der Import wurde abgebrochen. Der Arbeitsbereich ist unverändert.</translation>
    </message>
</context>
<context>
    <name>Flowscope::Cli::ImportNames</name>
    <message>
        <source>A JSON file from aws connect list-contact-flows or list-contact-flow-modules, or a CSV of id and name.</source>
        <translation>Eine JSON-Datei von aws connect list-contact-flows oder list-contact-flow-modules, oder eine CSV-Datei mit ID und Name.</translation>
    </message>
    <message>
        <source>Missing FILE: name a list-contact-flows JSON file or a CSV of id and name.</source>
        <translation>DATEI fehlt: Nennen Sie eine list-contact-flows-JSON-Datei oder eine CSV-Datei mit ID und Name.</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n name(s).
</source>
        <translation>
            <numerusform>%n Name gespeichert.
</numerusform>
            <numerusform>%n Namen gespeichert.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::Cli::ImportOptionSet</name>
    <message>
        <source>The table every input goes into: auto, contact_flow_events or connect_test_case_execution_results. auto (the default) detects it per file from the header, so one import may fill both tables.</source>
        <translation>Die Tabelle, in die jede Eingabe geht: auto, contact_flow_events oder connect_test_case_execution_results. auto (die Vorgabe) erkennt sie je Datei an der Kopfzeile, sodass ein Import beide Tabellen füllen kann.</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <source>What a row or file that cannot be imported does: abort (the default) rolls the whole import back and leaves the workspace unchanged; skip imports the rest and lists what was rejected.</source>
        <translation>Was bei einer Zeile oder Datei geschieht, die nicht importiert werden kann: abort (die Vorgabe) macht den ganzen Import rückgängig und lässt den Arbeitsbereich unverändert; skip importiert den Rest und listet auf, was abgelehnt wurde.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>The input format: auto (the default, detected per file), csv (Athena query results or spreadsheet CSV), textfile (Athena UNLOAD TEXTFILE), jsonl (UNLOAD JSON, one object per line) or json (one array of objects).</source>
        <translation>Das Eingabeformat: auto (die Vorgabe, je Datei erkannt), csv (Athena-Abfrageergebnisse oder CSV aus einer Tabellenkalkulation), textfile (Athena UNLOAD TEXTFILE), jsonl (UNLOAD JSON, ein Objekt pro Zeile) oder json (ein Array von Objekten).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The text encoding: auto (the default: a byte order mark, else UTF-8 with a fallback to Windows-1252), utf-8, windows-1252, utf-16le or utf-16be.</source>
        <translation>Die Textkodierung: auto (die Vorgabe: eine Byte-Order-Mark, sonst UTF-8 mit Rückfall auf Windows-1252), utf-8, windows-1252, utf-16le oder utf-16be.</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>KODIERUNG</translation>
    </message>
    <message>
        <source>The CSV field delimiter, one character such as &apos;,&apos; or &apos;;&apos;, or &apos;tab&apos;. Detected from the header when not given.</source>
        <translation>Das CSV-Feldtrennzeichen, ein Zeichen wie &apos;,&apos; oder &apos;;&apos;, oder &apos;tab&apos;. Ohne Angabe wird es an der Kopfzeile erkannt.</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>ZEICHEN</translation>
    </message>
    <message>
        <source>The time zone of text timestamps that carry no offset, as an IANA name such as Europe/Berlin. The data lake writes UTC, the default.</source>
        <translation>Die Zeitzone von Zeitstempeln als Text ohne Versatz, als IANA-Name wie Europe/Berlin. Der Data Lake schreibt UTC, die Vorgabe.</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>The unit of timestamps written as bare numbers since 1970-01-01 UTC: s, ms, us or ns, or auto (the default) to infer it from each number&apos;s magnitude.</source>
        <translation>Die Einheit von Zeitstempeln, die als bloße Zahlen seit 1970-01-01 UTC geschrieben sind: s, ms, us oder ns, oder auto (die Vorgabe), um sie aus der Größe jeder Zahl abzuleiten.</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>EINHEIT</translation>
    </message>
    <message>
        <source>The pattern of locale-formatted dates such as 03/10/2026 14:05, in QDateTime format syntax, for example &apos;dd/MM/yyyy HH:mm&apos;. Without it such dates are rejected as ambiguous.</source>
        <translation>Das Muster länderspezifisch formatierter Daten wie 03/10/2026 14:05, in QDateTime-Formatsyntax, zum Beispiel &apos;dd/MM/yyyy HH:mm&apos;. Ohne Muster werden solche Daten als mehrdeutig abgelehnt.</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>MUSTER</translation>
    </message>
    <message>
        <source>Store the file column FROM in the workspace column TO, for headers whose names differ from the data lake&apos;s. An empty TO ignores the file column. Repeat the option for several columns.</source>
        <translation>Die Dateispalte VON in der Arbeitsbereichsspalte NACH speichern, für Kopfzeilen, deren Namen von denen des Data Lake abweichen. Ein leeres NACH ignoriert die Dateispalte. Wiederholen Sie die Option für mehrere Spalten.</translation>
    </message>
    <message>
        <source>FROM=TO</source>
        <translation>VON=NACH</translation>
    </message>
    <message>
        <source>Invalid value &apos;%1&apos; for --%2: use one of %3.</source>
        <translation>Ungültiger Wert &apos;%1&apos; für --%2: Verwenden Sie einen von %3.</translation>
    </message>
    <message>
        <source>Invalid value &apos;%1&apos; for --delimiter: use one printable ASCII character other than &apos;&quot;&apos;, such as &apos;,&apos; or &apos;;&apos;, or &apos;tab&apos;.</source>
        <translation>Ungültiger Wert &apos;%1&apos; für --delimiter: Verwenden Sie ein druckbares ASCII-Zeichen außer &apos;&quot;&apos;, etwa &apos;,&apos; oder &apos;;&apos;, oder &apos;tab&apos;.</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos; for --zone: use an IANA name such as UTC or Europe/Berlin.</source>
        <translation>Unbekannte Zeitzone &apos;%1&apos; für --zone: Verwenden Sie einen IANA-Namen wie UTC oder Europe/Berlin.</translation>
    </message>
    <message>
        <source>Invalid value &apos;%1&apos; for --map-column: write FROM=TO, for example ContactId=contact_id.</source>
        <translation>Ungültiger Wert &apos;%1&apos; für --map-column: Schreiben Sie VON=NACH, zum Beispiel ContactId=contact_id.</translation>
    </message>
</context>
<context>
    <name>Flowscope::Cli::ImportReport</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>... and %1 more warnings; --json lists up to %2 of them.
</source>
        <translation>... und %1 weitere Warnungen; --json listet bis zu %2 davon auf.
</translation>
    </message>
</context>
<context>
    <name>Flowscope::Cli::Main</name>
    <message>
        <source>Usage: flowscope-cli COMMAND --workspace FILE [options]

Imports Amazon Connect data lake exports into a Flowscope workspace, a
SQLite file, and reports on what it holds.

Commands:
%1
Run &apos;flowscope-cli COMMAND --help&apos; for the options of a command.
Exit codes: 0 success, 1 the work failed, 2 bad usage or unreadable input.
</source>
        <translation>Aufruf: flowscope-cli BEFEHL --workspace DATEI [Optionen]

Importiert Exporte aus dem Amazon-Connect-Data-Lake in einen Flowscope-Arbeitsbereich,
eine SQLite-Datei, und berichtet, was er enthält.

Befehle:
%1
Die Optionen eines Befehls zeigt &apos;flowscope-cli BEFEHL --help&apos;.
Exit-Codes: 0 Erfolg, 1 die Arbeit ist fehlgeschlagen, 2 falscher Aufruf oder unlesbare Eingabe.
</translation>
    </message>
    <message>
        <source>Missing command before &apos;%1&apos;. Write the command first and its options after it. The commands are: %2.</source>
        <translation>Vor &apos;%1&apos; fehlt der Befehl. Schreiben Sie zuerst den Befehl und danach seine Optionen. Die Befehle sind: %2.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. The commands are: %2.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;. Die Befehle sind: %2.</translation>
    </message>
    <message>
        <source>Run &apos;flowscope-cli --help&apos; for the usage.
</source>
        <translation>Den Aufruf erklärt &apos;flowscope-cli --help&apos;.
</translation>
    </message>
</context>
<context>
    <name>Flowscope::Cli::Paths</name>
    <message>
        <source>(start)</source>
        <translation>(Start)</translation>
    </message>
    <message>
        <source>(end)</source>
        <translation>(Ende)</translation>
    </message>
    <message>
        <source>queue:%1</source>
        <translation>Warteschlange:%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Median s</source>
        <translation>Median s</translation>
    </message>
    <message>
        <source>Mean s</source>
        <translation>Mittel s</translation>
    </message>
    <message>
        <source>Max s</source>
        <translation>Max. s</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Anteil %</translation>
    </message>
    <message>
        <source>Coverage %</source>
        <translation>Abdeckung %</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>
Transitions (time from one step&apos;s end to the next&apos;s start)
</source>
        <translation>
Übergänge (Zeit vom Ende eines Schritts bis zum Beginn des nächsten)
</translation>
    </message>
    <message>
        <source>
Variants
</source>
        <translation>
Varianten
</translation>
    </message>
    <message>
        <source>List this many variants, the most frequent first; 0 lists all (default %1).</source>
        <translation>So viele Varianten auflisten, die häufigsten zuerst; 0 listet alle (Vorgabe %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;: paths takes no inputs.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;: paths nimmt keine Eingaben.</translation>
    </message>
    <message>
        <source>Invalid --top value &apos;%1&apos;: give a whole number of variants, 0 or more.</source>
        <translation>Ungültiger Wert &apos;%1&apos; für --top: Geben Sie eine ganze Zahl von Varianten an, 0 oder mehr.</translation>
    </message>
    <message>
        <source>Contacts: %1, events: %2
</source>
        <translation>Kontakte: %1, Ereignisse: %2
</translation>
    </message>
    <message>
        <source>module:%1</source>
        <translation>Modul:%1</translation>
    </message>
</context>
<context>
    <name>Flowscope::Cli::ProgressLine</name>
    <message>
        <source>Merging %1 rows into the workspace...</source>
        <translation>%1 Zeilen werden in den Arbeitsbereich übernommen...</translation>
    </message>
    <message>
        <source>%1% read, %2 rows, %3 rows/s, file %4 of %5</source>
        <translation>%1 % gelesen, %2 Zeilen, %3 Zeilen/s, Datei %4 von %5</translation>
    </message>
</context>
<context>
    <name>Flowscope::Cli::Summary</name>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Letzter Import</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Erster Start</translation>
    </message>
    <message>
        <source>Last start</source>
        <translation>Letzter Start</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Distinct contacts</source>
        <translation>Verschiedene Kontakte</translation>
    </message>
    <message>
        <source>Distinct flows</source>
        <translation>Verschiedene Flows</translation>
    </message>
    <message>
        <source>Distinct test cases</source>
        <translation>Verschiedene Testfälle</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;: summary takes no inputs.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;: summary nimmt keine Eingaben.</translation>
    </message>
</context>
<context>
    <name>Flowscope::Cli::TestTrend</name>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Kein Ergebnis</translation>
    </message>
    <message>
        <source>Pass %</source>
        <translation>Bestanden %</translation>
    </message>
    <message>
        <source>Bucket (%1)</source>
        <translation>Intervall (%1)</translation>
    </message>
    <message>
        <source>Average s</source>
        <translation>Mittel s</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Testfall</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marken</translation>
    </message>
    <message>
        <source>flaky</source>
        <translation>instabil</translation>
    </message>
    <message>
        <source>new failure</source>
        <translation>neuer Fehler</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>Executions per %1
</source>
        <translation>Ausführungen je %1
</translation>
    </message>
    <message>
        <source>
Per test case
</source>
        <translation>
Je Testfall
</translation>
    </message>
    <message>
        <source>
%1. Flaky: at least %2 switches between Passed and Failed in the last %3 such runs.
</source>
        <translation>
%1. Instabil: mindestens %2 Wechsel zwischen Bestanden und Fehlgeschlagen in den letzten %3 solchen Läufen.
</translation>
    </message>
    <message>
        <source>Invalid --%1 value &apos;%2&apos;: use a whole number of at least %3.</source>
        <translation>Ungültiger Wert &apos;%2&apos; für --%1: Verwenden Sie eine ganze Zahl von mindestens %3.</translation>
    </message>
    <message>
        <source>The bucket size: day, week (ISO weeks from Monday) or month, in the --time-zone calendar.</source>
        <translation>Die Intervallgröße: day (Tag), week (ISO-Woche ab Montag) oder month (Monat), im Kalender von --time-zone.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>The IANA time zone whose calendar days the buckets follow, such as Europe/Berlin.</source>
        <translation>Die IANA-Zeitzone, deren Kalendertagen die Intervalle folgen, etwa Europe/Berlin.</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>Mark a test case flaky from this many switches between Passed and Failed.</source>
        <translation>Einen Testfall ab so vielen Wechseln zwischen Bestanden und Fehlgeschlagen als instabil markieren.</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>ANZAHL</translation>
    </message>
    <message>
        <source>Count the switches in this many latest Passed or Failed runs.</source>
        <translation>Die Wechsel in so vielen der neuesten bestandenen oder fehlgeschlagenen Läufe zählen.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;: test-trend takes no inputs.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;: test-trend nimmt keine Eingaben.</translation>
    </message>
    <message>
        <source>Invalid --bucket value &apos;%1&apos;: use day, week or month.</source>
        <translation>Ungültiger Wert &apos;%1&apos; für --bucket: Verwenden Sie day, week oder month.</translation>
    </message>
    <message>
        <source>Unknown --time-zone &apos;%1&apos;: use an IANA name such as Europe/Berlin, or UTC.</source>
        <translation>Unbekannte --time-zone &apos;%1&apos;: Verwenden Sie einen IANA-Namen wie Europe/Berlin oder UTC.</translation>
    </message>
</context>
<context>
    <name>Flowscope::ContactPathModel</name>
    <message>
        <source>Flow or module</source>
        <translation>Flow oder Modul</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Flow type</source>
        <translation>Flow-Typ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>invalid: ends before it starts</source>
        <translation>ungültig: endet vor dem Beginn</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <source>Flow %1</source>
        <translation>Flow %1</translation>
    </message>
    <message>
        <source>%1 ⚠ but no flow follows in time</source>
        <translation>%1 ⚠, aber zeitlich folgt kein Flow</translation>
    </message>
    <message>
        <source>%1 ⚠ but %2 follows in time</source>
        <translation>%1 ⚠, aber zeitlich folgt %2</translation>
    </message>
    <message>
        <source>no flow step follows it</source>
        <translation>ihm folgt kein Flow-Schritt</translation>
    </message>
    <message>
        <source>the next flow in time is %1</source>
        <translation>der zeitlich nächste Flow ist %1</translation>
    </message>
    <message>
        <source>next_flow_resource_id is %1, but %2.</source>
        <translation>next_flow_resource_id ist %1, aber %2.</translation>
    </message>
    <message>
        <source>end_timestamp %1 is before start_timestamp %2, so the step has no duration.</source>
        <translation>end_timestamp %1 liegt vor start_timestamp %2, daher hat der Schritt keine Dauer.</translation>
    </message>
    <message>
        <source>end_timestamp is NULL: the step had not ended when the data was exported.</source>
        <translation>end_timestamp ist NULL: Der Schritt war beim Export der Daten noch nicht beendet.</translation>
    </message>
    <message>
        <source>Flow: %1</source>
        <translation>Flow: %1</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>Modul: %1</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <translation>Instanz: %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Beginn: %1</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nächster: %1</translation>
    </message>
</context>
<context>
    <name>Flowscope::ContactPathWorker</name>
    <message>
        <source>The workspace %1 could not be opened to read contact %2: %3</source>
        <translation>Der Arbeitsbereich %1 konnte zum Lesen von Kontakt %2 nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>Reading the instances of contact %1 failed: %2</source>
        <translation>Das Lesen der Instanzen von Kontakt %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Contact path</source>
        <translation>Kontaktpfad</translation>
    </message>
</context>
<context>
    <name>Flowscope::ContactTimeline</name>
    <message>
        <source>Contact path</source>
        <translation>Kontaktpfad</translation>
    </message>
    <message>
        <source>Contact path %1</source>
        <translation>Kontaktpfad %1</translation>
    </message>
    <message>
        <source>No flow events to show.</source>
        <translation>Keine Flussereignisse anzuzeigen.</translation>
    </message>
    <message>
        <source>%1, times in %2</source>
        <translation>%1, Zeiten in %2</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>invalid: ends before it starts</source>
        <translation>ungültig: endet vor dem Beginn</translation>
    </message>
    <message>
        <source>%1 → queue %2</source>
        <translation>%1 → Warteschlange %2</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Next queue</source>
        <translation>Nächste Warteschlange</translation>
    </message>
    <message>
        <source>Invalid end</source>
        <translation>Ungültiges Ende</translation>
    </message>
    <message>
        <source>Next flow disagrees with time order</source>
        <translation>Nächster Flow widerspricht der zeitlichen Reihenfolge</translation>
    </message>
</context>
<context>
    <name>Flowscope::CsvReader</name>
    <message>
        <source>The header cannot be read, so no rows were imported from this file. %1</source>
        <translation>Die Kopfzeile kann nicht gelesen werden, daher wurden aus dieser Datei keine Zeilen importiert. %1</translation>
    </message>
    <message>
        <source>Line %1, column %2: the quoted field that starts here is not closed before the end of the file. Add the closing quote, and double any quote inside the value.</source>
        <translation>Zeile %1, Spalte %2: Das hier beginnende Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen. Ergänzen Sie das schließende Anführungszeichen und verdoppeln Sie jedes Anführungszeichen im Wert.</translation>
    </message>
    <message>
        <source>Line %1, column %2: characters follow the closing quote of a quoted field. Double each quote inside the value, or remove the characters after the closing quote.</source>
        <translation>Zeile %1, Spalte %2: Auf das schließende Anführungszeichen eines Feldes folgen weitere Zeichen. Verdoppeln Sie jedes Anführungszeichen im Wert oder entfernen Sie die Zeichen nach dem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote inside an unquoted field. Quote the whole field and double the inner quote, or choose to keep bare quotes.</source>
        <translation>Zeile %1, Spalte %2: ein Anführungszeichen in einem Feld ohne Anführungszeichen. Setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das innere, oder wählen Sie, einzelne Anführungszeichen zu behalten.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote inside an unquoted field was kept as written. If it is part of the value, quote the whole field and double the inner quote.</source>
        <translation>Zeile %1, Spalte %2: Ein Anführungszeichen in einem Feld ohne Anführungszeichen wurde wie geschrieben übernommen. Gehört es zum Wert, setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das innere.</translation>
    </message>
    <message>
        <source>Line %1: the record is longer than %2 bytes, so it was skipped and reading went on at line %3. A quote that is never closed can cause this: check the quotes from line %1 on, or raise the maximum record size.</source>
        <translation>Zeile %1: Der Datensatz ist länger als %2 Bytes und wurde daher übersprungen; das Lesen ging bei Zeile %3 weiter. Ursache kann ein nie geschlossenes Anführungszeichen sein: Prüfen Sie die Anführungszeichen ab Zeile %1 oder erhöhen Sie die maximale Datensatzgröße.</translation>
    </message>
</context>
<context>
    <name>Flowscope::CsvWriter</name>
    <message>
        <source>Writing the CSV file failed (%1). Check the free space, file size limits and the folder&apos;s permissions.</source>
        <translation>Das Schreiben der CSV-Datei ist fehlgeschlagen (%1). Prüfen Sie den freien Speicher, die Grenzen für die Dateigröße und die Berechtigungen des Ordners.</translation>
    </message>
</context>
<context>
    <name>Flowscope::EmptyState</name>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>A workspace is one file that keeps the flow events and test runs you import from Amazon Connect data lake exports. Create one, open one, or drop export files on this window to start a new workspace with them.</source>
        <translation>Ein Arbeitsbereich ist eine Datei, die die Flussereignisse und Testläufe aufbewahrt, die Sie aus Exporten des Amazon-Connect-Data-Lake importieren. Legen Sie einen an, öffnen Sie einen, oder ziehen Sie Exportdateien auf dieses Fenster, um mit ihnen einen neuen Arbeitsbereich zu beginnen.</translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation>Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
</context>
<context>
    <name>Flowscope::ExecutionListModel</name>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>NULL: the export has no value here</source>
        <translation>NULL: Der Export hat hier keinen Wert</translation>
    </message>
    <message>
        <source>Empty list</source>
        <translation>Leere Liste</translation>
    </message>
    <message>
        <source>%1 (%2 ms since 1970-01-01 UTC)</source>
        <translation>%1 (%2 ms seit 1970-01-01 UTC)</translation>
    </message>
</context>
<context>
    <name>Flowscope::ExportDialog</name>
    <message>
        <source>CSV (comma-separated values)</source>
        <translation>CSV (kommagetrennte Werte)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>PNG image of the chart or map</source>
        <translation>PNG-Bild des Diagramms oder der Karte</translation>
    </message>
    <message>
        <source>SVG drawing of the chart or map</source>
        <translation>SVG-Zeichnung des Diagramms oder der Karte</translation>
    </message>
    <message>
        <source>Athena SQL query for the data lake</source>
        <translation>Athena-SQL-Abfrage für den Data Lake</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for Excel)</source>
        <translation>Mit UTF-8-Bytereihenfolgemarke (BOM) beginnen (für Excel)</translation>
    </message>
    <message>
        <source>Athena database:</source>
        <translation>Athena-Datenbank:</translation>
    </message>
    <message>
        <source>Text starting with =, +, -, @, tab or a carriage return gets a leading apostrophe, so that spreadsheets show it instead of running it as a formula. Numbers such as -12.5 stay as they are.</source>
        <translation>Text, der mit =, +, -, @, Tabulator oder Wagenrücklauf beginnt, erhält einen vorangestellten Apostroph, damit Tabellenkalkulationen ihn anzeigen, statt ihn als Formel auszuführen. Zahlen wie -12.5 bleiben unverändert.</translation>
    </message>
    <message>
        <source>Filter: none, every row</source>
        <translation>Filter: keiner, alle Zeilen</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>No column is checked. Check the columns to export.</source>
        <translation>Keine Spalte ist ausgewählt. Wählen Sie die zu exportierenden Spalten aus.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 ist bereits vorhanden. Ersetzen?</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) starting with =, +, -, @, tab or a carriage return got a leading apostrophe, so that spreadsheets do not run them as formulas.</source>
        <translation>
            <numerusform>%n Zelle, die mit =, +, -, @, Tabulator oder Wagenrücklauf beginnt, hat einen vorangestellten Apostroph erhalten, damit Tabellenkalkulationen sie nicht als Formel ausführen.</numerusform>
            <numerusform>%n Zellen, die mit =, +, -, @, Tabulator oder Wagenrücklauf beginnen, haben einen vorangestellten Apostroph erhalten, damit Tabellenkalkulationen sie nicht als Formeln ausführen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::ExportGraphics</name>
    <message>
        <source>No flow events match the filter, so there is no flow map to draw. Widen the filter.</source>
        <translation>Keine Flussereignisse passen zum Filter, daher gibt es keine Flow-Karte zu zeichnen. Erweitern Sie den Filter.</translation>
    </message>
    <message>
        <source>The view %1 has no chart or map to export as an image. Export it as csv, xlsx, pdf or athena-sql; images can be made of %2.</source>
        <translation>Die Ansicht %1 hat kein Diagramm und keine Karte, die als Bild exportiert werden können. Exportieren Sie sie als csv, xlsx, pdf oder athena-sql; Bilder lassen sich von %2 erstellen.</translation>
    </message>
</context>
<context>
    <name>Flowscope::ExportRunner</name>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Reading the rows of %1 failed: %2</source>
        <translation>Das Lesen der Zeilen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2. Check the free space and the folder&apos;s permissions.</source>
        <translation>Das Speichern von %1 ist fehlgeschlagen: %2. Prüfen Sie den freien Speicher und die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>No view to export. The views are: %1.</source>
        <translation>Keine Ansicht zu exportieren. Die Ansichten sind: %1.</translation>
    </message>
    <message>
        <source>Unknown view &apos;%1&apos;. The views are: %2.</source>
        <translation>Unbekannte Ansicht &apos;%1&apos;. Die Ansichten sind: %2.</translation>
    </message>
    <message>
        <source>No output file given. Name the file to write.</source>
        <translation>Keine Ausgabedatei angegeben. Nennen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>The Athena database name is empty. Enter the Glue database that holds the data lake tables, such as connect_datalake.</source>
        <translation>Der Name der Athena-Datenbank ist leer. Geben Sie die Glue-Datenbank mit den Data-Lake-Tabellen ein, etwa connect_datalake.</translation>
    </message>
    <message>
        <source>Invalid image scale %1: use a number above 0 and at most 8.</source>
        <translation>Ungültiger Bildmaßstab %1: Verwenden Sie eine Zahl über 0 und höchstens 8.</translation>
    </message>
    <message>
        <source>The %1 format needs the drawing code of the views layer.</source>
        <translation>Das Format %1 benötigt den Zeichencode der Ansichtsschicht.</translation>
    </message>
    <message>
        <source>Writing %1 failed: the workbook is incomplete. Check the free space and the folder&apos;s permissions.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: Die Arbeitsmappe ist unvollständig. Prüfen Sie den freien Speicher und die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>The %1 format holds one view, but %2 were given (%3). Export them one at a time, or as xlsx or pdf, which hold several.</source>
        <translation>Das Format %1 fasst eine Ansicht, angegeben wurden aber %2 (%3). Exportieren Sie sie einzeln oder als xlsx oder pdf, die mehrere fassen.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; does not exist in %2. The columns are: %3.</source>
        <translation>Die Spalte &apos;%1&apos; existiert nicht in %2. Die Spalten sind: %3.</translation>
    </message>
    <message>
        <source>The output file %1 is the workspace %2 or one of its files. Choose another output file.</source>
        <translation>Die Ausgabedatei %1 ist der Arbeitsbereich %2 oder eine seiner Dateien. Wählen Sie eine andere Ausgabedatei.</translation>
    </message>
</context>
<context>
    <name>Flowscope::ExportViews</name>
    <message>
        <source>The column &apos;%1&apos; does not exist in %2. The columns are: %3.</source>
        <translation>Die Spalte &apos;%1&apos; existiert nicht in %2. Die Spalten sind: %3.</translation>
    </message>
    <message>
        <source>Counting the rows of %1 failed: %2</source>
        <translation>Das Zählen der Zeilen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>equals &quot;%1&quot;</source>
        <translation>gleich „%1“</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;</source>
        <translation>enthält „%1“</translation>
    </message>
    <message>
        <source>Flow events</source>
        <translation>Flussereignisse</translation>
    </message>
    <message>
        <source>Test runs</source>
        <translation>Testläufe</translation>
    </message>
    <message>
        <source>Flow metrics</source>
        <translation>Flow-Kennzahlen</translation>
    </message>
    <message>
        <source>Flow map</source>
        <translation>Flow-Karte</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Test trend</source>
        <translation>Testtrend</translation>
    </message>
    <message>
        <source>Test history</source>
        <translation>Testverlauf</translation>
    </message>
    <message>
        <source>Unknown view &apos;%1&apos;. The views are: %2.</source>
        <translation>Unbekannte Ansicht &apos;%1&apos;. Die Ansichten sind: %2.</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Average duration</source>
        <translation>Mittlere Dauer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>Von (einschließlich)</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(offen)</translation>
    </message>
    <message>
        <source>To (exclusive)</source>
        <translation>Bis (ausschließlich)</translation>
    </message>
    <message>
        <source>Created by a test run</source>
        <translation>Von einem Testlauf erzeugt</translation>
    </message>
    <message>
        <source>only</source>
        <translation>nur</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>Linked contact_id</source>
        <translation>Verknüpfte contact_id</translation>
    </message>
    <message>
        <source>Opening %1 for reading failed: %2</source>
        <translation>%1 konnte nicht zum Lesen geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Flowscope::FailureCategoryEditor</name>
    <message>
        <source>The first category whose pattern matches a reason wins</source>
        <translation>Die erste Kategorie, deren Muster zu einem Grund passt, gewinnt</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Kategoriename</translation>
    </message>
    <message>
        <source>Regular expression, such as (?i)time(d)? ?out</source>
        <translation>Regulärer Ausdruck, etwa (?i)time(d)? ?out</translation>
    </message>
    <message>
        <source>A Perl-compatible regular expression matched anywhere in the reason; case-sensitive unless it starts with (?i)</source>
        <translation>Ein Perl-kompatibler regulärer Ausdruck, der an beliebiger Stelle im Grund passen darf; Groß-/Kleinschreibung wird beachtet, außer er beginnt mit (?i)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Save categories</source>
        <translation>Kategorien speichern</translation>
    </message>
    <message>
        <source>Store the categories in the workspace and count again</source>
        <translation>Die Kategorien im Arbeitsbereich speichern und neu zählen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard the changes since the last save</source>
        <translation>Die Änderungen seit dem letzten Speichern verwerfen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>Muster:</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Unsaved changes. Save to count the reasons again.</source>
        <translation>Ungespeicherte Änderungen. Speichern Sie, um die Gründe neu zu zählen.</translation>
    </message>
    <message>
        <source>The first matching category wins; reasons that match none are uncategorised.</source>
        <translation>Die erste passende Kategorie gewinnt; Gründe, zu denen keine passt, bleiben ohne Kategorie.</translation>
    </message>
</context>
<context>
    <name>Flowscope::FailureReasonModel</name>
    <message>
        <source>Failure reason</source>
        <translation>Fehlergrund</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Testfälle</translation>
    </message>
</context>
<context>
    <name>Flowscope::FailureReasonsPage</name>
    <message>
        <source>W%1</source>
        <translation>KW%1</translation>
    </message>
    <message>
        <source>No executions in the window.</source>
        <translation>Keine Ausführungen im Zeitraum.</translation>
    </message>
    <message>
        <source>Reason occurrences per day, %1 to %2 (%3)</source>
        <translation>Vorkommen der Gründe je Tag, %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Reason occurrences per ISO week, %1 to %2 (%3)</source>
        <translation>Vorkommen der Gründe je ISO-Woche, %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Reason occurrences per month, %1 to %2 (%3)</source>
        <translation>Vorkommen der Gründe je Monat, %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Failure reasons</source>
        <translation>Fehlergründe</translation>
    </message>
    <message>
        <source>Saving the failure categories failed: %1 Open the workspace with write access and save again.</source>
        <translation>Das Speichern der Fehlerkategorien ist fehlgeschlagen: %1 Öffnen Sie den Arbeitsbereich mit Schreibzugriff und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>The calendar unit of the trend charts, in the display time zone</source>
        <translation>Die Kalendereinheit der Trenddiagramme, in der Anzeigezeitzone</translation>
    </message>
    <message>
        <source>Trend by:</source>
        <translation>Trend je:</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Category editor</source>
        <translation>Kategorie-Editor</translation>
    </message>
    <message>
        <source>Top failing test cases</source>
        <translation>Am häufigsten fehlschlagende Testfälle</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Testfall</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Initiating flows with most failures</source>
        <translation>Auslösende Flows mit den meisten Fehlern</translation>
    </message>
    <message>
        <source>Initiating flow</source>
        <translation>Auslösender Flow</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Testfälle</translation>
    </message>
    <message>
        <source>Counting failure reasons…</source>
        <translation>Fehlergründe werden gezählt…</translation>
    </message>
    <message>
        <source>Failure reasons: %L1 distinct, %L2 occurrences</source>
        <translation>Fehlergründe: %L1 verschiedene, %L2 Vorkommen</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>(reasons no category matches)</source>
        <translation>(Gründe, zu denen keine Kategorie passt)</translation>
    </message>
    <message>
        <source>Failed / (Passed + Failed)</source>
        <translation>Fehlgeschlagen / (Bestanden + Fehlgeschlagen)</translation>
    </message>
    <message>
        <source>(no initiating flow)</source>
        <translation>(kein auslösender Flow)</translation>
    </message>
    <message>
        <source>The failure reasons could not be read</source>
        <translation>Die Fehlergründe konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Flowscope::FailureTrendChart</name>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>Failure reasons: %1</source>
        <translation>Fehlergründe: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Reason occurrences: %L1</source>
        <translation>Vorkommen des Grundes: %L1</translation>
    </message>
</context>
<context>
    <name>Flowscope::Filter</name>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>contains %1</source>
        <translation>enthält %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation>Instanz %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>flow type %1</source>
        <translation>Flow-Typ %1</translation>
    </message>
    <message>
        <source>initiation %1</source>
        <translation>Auslösung %1</translation>
    </message>
    <message>
        <source>flow %1</source>
        <translation>Flow %1</translation>
    </message>
    <message>
        <source>outcome %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <source>created by a test run</source>
        <translation>von einem Testlauf erzeugt</translation>
    </message>
    <message>
        <source>not created by a test run</source>
        <translation>nicht von einem Testlauf erzeugt</translation>
    </message>
    <message>
        <source>test case %1</source>
        <translation>Testfall %1</translation>
    </message>
    <message>
        <source>result %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>execution method %1</source>
        <translation>Ausführungsart %1</translation>
    </message>
    <message>
        <source>test channel %1</source>
        <translation>Testkanal %1</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>contacts %1</source>
        <translation>Kontakte %1</translation>
    </message>
    <message numerus="yes">
        <source>contacts %1 and %n more</source>
        <translation>
            <numerusform>Kontakte %1 und %n weiterer</numerusform>
            <numerusform>Kontakte %1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>test subtype %1</source>
        <translation>Testuntertyp %1</translation>
    </message>
    <message>
        <source>initiating flow %1</source>
        <translation>auslösender Flow %1</translation>
    </message>
</context>
<context>
    <name>Flowscope::FilterBar</name>
    <message>
        <source>Clear filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every row again</source>
        <translation>Wieder alle Zeilen anzeigen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Show rows that start at or after this time</source>
        <translation>Zeilen anzeigen, die zu oder nach dieser Zeit beginnen</translation>
    </message>
    <message>
        <source>Show rows that start before this time</source>
        <translation>Zeilen anzeigen, die vor dieser Zeit beginnen</translation>
    </message>
    <message>
        <source>Rows whose %1 contains this text, exactly as typed</source>
        <translation>Zeilen, deren %1 diesen Text genau wie eingegeben enthält</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Created by a test run</source>
        <translation>Von einem Testlauf erzeugt</translation>
    </message>
    <message>
        <source>Not created by a test run</source>
        <translation>Nicht von einem Testlauf erzeugt</translation>
    </message>
    <message>
        <source>Whether a contact is linked to a test case execution in this workspace</source>
        <translation>Ob ein Kontakt in diesem Arbeitsbereich mit einer Testfallausführung verknüpft ist</translation>
    </message>
    <message>
        <source>Start of the window, in %1, included</source>
        <translation>Beginn des Zeitraums, in %1, eingeschlossen</translation>
    </message>
    <message>
        <source>End of the window, in %1, not included</source>
        <translation>Ende des Zeitraums, in %1, nicht eingeschlossen</translation>
    </message>
</context>
<context>
    <name>Flowscope::FlowAnalytics</name>
    <message>
        <source>Reading flow events for the flow map failed: %1</source>
        <translation>Das Lesen der Flussereignisse für die Flow-Karte ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading %1 from the workspace failed: %2</source>
        <translation>Das Lesen von %1 aus dem Arbeitsbereich ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>flow metrics</source>
        <translation>Flow-Kennzahlen</translation>
    </message>
    <message>
        <source>daily flow counts</source>
        <translation>tägliche Flow-Anzahlen</translation>
    </message>
    <message>
        <source>outcomes over time</source>
        <translation>Ergebnisse im Zeitverlauf</translation>
    </message>
    <message>
        <source>the path of contact %1</source>
        <translation>den Pfad von Kontakt %1</translation>
    </message>
</context>
<context>
    <name>Flowscope::FlowMapLayout</name>
    <message>
        <source>The flow map edge %1 → %2 names a node that is not on the map.</source>
        <translation>Die Kante %1 → %2 der Flow-Karte nennt einen Knoten, der nicht auf der Karte ist.</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the flow map. Check that the Graphviz dot layout plugin is installed (libgvplugin_dot_layout).</source>
        <translation>Graphviz konnte die Flow-Karte nicht anordnen. Prüfen Sie, ob das Graphviz-Layout-Plugin für dot installiert ist (libgvplugin_dot_layout).</translation>
    </message>
</context>
<context>
    <name>Flowscope::FlowMapPage</name>
    <message>
        <source>No workspace is open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Open or create a workspace with File &gt; Open Workspace to see its flow map.</source>
        <translation>Öffnen oder erstellen Sie mit Datei &gt; Arbeitsbereich öffnen einen Arbeitsbereich, um seine Flow-Karte zu sehen.</translation>
    </message>
    <message>
        <source>Flow map</source>
        <translation>Flow-Karte</translation>
    </message>
    <message>
        <source>Frequency: contacts</source>
        <translation>Häufigkeit: Kontakte</translation>
    </message>
    <message>
        <source>Frequency: events</source>
        <translation>Häufigkeit: Ereignisse</translation>
    </message>
    <message>
        <source>Performance: median duration</source>
        <translation>Leistung: Median der Dauer</translation>
    </message>
    <message>
        <source>Performance: mean duration</source>
        <translation>Leistung: mittlere Dauer</translation>
    </message>
    <message>
        <source>Performance: maximum duration</source>
        <translation>Leistung: maximale Dauer</translation>
    </message>
    <message>
        <source>What node colour and size and edge thickness show</source>
        <translation>Was Farbe und Größe der Knoten und die Stärke der Kanten zeigen</translation>
    </message>
    <message>
        <source>Keep the most frequent activities; start and end, and the activities that connect the kept ones, always stay</source>
        <translation>Die häufigsten Aktivitäten behalten; Start und Ende sowie die Aktivitäten, die die behaltenen verbinden, bleiben immer</translation>
    </message>
    <message>
        <source>Keep the most frequent transitions; every kept activity keeps its strongest incoming and outgoing transition</source>
        <translation>Die häufigsten Übergänge behalten; jede behaltene Aktivität behält ihren stärksten eingehenden und ausgehenden Übergang</translation>
    </message>
    <message>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation>Vergrößern (+ oder Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the map to the window (0)</source>
        <translation>Die Karte in das Fenster einpassen (0)</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <source>Save the whole map as a PNG or SVG image</source>
        <translation>Die ganze Karte als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Show all contacts</source>
        <translation>Alle Kontakte anzeigen</translation>
    </message>
    <message>
        <source>Drop the contact list that a selection set</source>
        <translation>Die Kontaktliste verwerfen, die eine Auswahl gesetzt hat</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Click a node or an edge of the map to list the contacts that pass through it.</source>
        <translation>Klicken Sie auf einen Knoten oder eine Kante der Karte, um die Kontakte aufzulisten, die dort hindurchgehen.</translation>
    </message>
    <message>
        <source>Double-click a contact to open its path</source>
        <translation>Doppelklicken Sie auf einen Kontakt, um seinen Pfad zu öffnen</translation>
    </message>
    <message>
        <source>Open contact path</source>
        <translation>Kontaktpfad öffnen</translation>
    </message>
    <message>
        <source>Use as filter</source>
        <translation>Als Filter verwenden</translation>
    </message>
    <message>
        <source>Filter every page to the contacts in this list</source>
        <translation>Alle Seiten auf die Kontakte in dieser Liste filtern</translation>
    </message>
    <message>
        <source>Distinct paths, most frequent first. Select variants to show only their contacts on the map.</source>
        <translation>Verschiedene Pfade, häufigste zuerst. Wählen Sie Varianten aus, um nur deren Kontakte auf der Karte zu zeigen.</translation>
    </message>
    <message>
        <source>Show all variants</source>
        <translation>Alle Varianten anzeigen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Computing the flow map…</source>
        <translation>Die Flow-Karte wird berechnet…</translation>
    </message>
    <message>
        <source>Flow map: %L1 contacts, %L2 events; showing %3 of %4 activities and %5 of %6 paths</source>
        <translation>Flow-Karte: %L1 Kontakte, %L2 Ereignisse; angezeigt werden %3 von %4 Aktivitäten und %5 von %6 Pfaden</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n contact(s) of a selection</source>
        <translation>
            <numerusform>Nur der %n Kontakt einer Auswahl</numerusform>
            <numerusform>Nur die %n Kontakte einer Auswahl</numerusform>
        </translation>
    </message>
    <message>
        <source>The flow map was cancelled</source>
        <translation>Die Flow-Karte wurde abgebrochen</translation>
    </message>
    <message>
        <source>Change the filter or choose View &gt; Reload to compute it again.</source>
        <translation>Ändern Sie den Filter oder wählen Sie Ansicht &gt; Neu laden, um sie erneut zu berechnen.</translation>
    </message>
    <message>
        <source>Reading flow events…</source>
        <translation>Flussereignisse werden gelesen…</translation>
    </message>
    <message>
        <source>Reading flow events… %L1</source>
        <translation>Flussereignisse werden gelesen… %L1</translation>
    </message>
    <message>
        <source>The flow map could not be computed</source>
        <translation>Die Flow-Karte konnte nicht berechnet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) follow the selected variants.</source>
        <translation>
            <numerusform>%n Kontakt folgt den ausgewählten Varianten.</numerusform>
            <numerusform>%n Kontakte folgen den ausgewählten Varianten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No flow events match the filter</source>
        <translation>Keine Flussereignisse passen zum Filter</translation>
    </message>
    <message>
        <source>Nothing imported yet</source>
        <translation>Noch nichts importiert</translation>
    </message>
    <message>
        <source>Loosen the time range or choose other values, or clear the filter.</source>
        <translation>Erweitern Sie den Zeitraum, wählen Sie andere Werte oder setzen Sie den Filter zurück.</translation>
    </message>
    <message>
        <source>This workspace holds no flow events. Import contact_flow_events exports with File &gt; Import Files.</source>
        <translation>Dieser Arbeitsbereich enthält keine Flussereignisse. Importieren Sie contact_flow_events-Exporte mit Datei &gt; Dateien importieren.</translation>
    </message>
    <message>
        <source>Laying out the map…</source>
        <translation>Die Karte wird angeordnet…</translation>
    </message>
    <message>
        <source>The flow map could not be laid out</source>
        <translation>Die Flow-Karte konnte nicht angeordnet werden</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Listing contacts…</source>
        <translation>Kontakte werden aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) pass through %1.</source>
        <translation>
            <numerusform>%n Kontakt durchläuft %1.</numerusform>
            <numerusform>%n Kontakte durchlaufen %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no flow map to export. Open a workspace with flow events first.</source>
        <translation>Es gibt keine Flow-Karte zu exportieren. Öffnen Sie zuerst einen Arbeitsbereich mit Flussereignissen.</translation>
    </message>
    <message>
        <source>Writing the SVG file %1 failed. Check that its folder exists and is writable.</source>
        <translation>Das Schreiben der SVG-Datei %1 ist fehlgeschlagen. Prüfen Sie, ob ihr Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Writing the PNG file %1 failed. Check that its folder exists and is writable.</source>
        <translation>Das Schreiben der PNG-Datei %1 ist fehlgeschlagen. Prüfen Sie, ob ihr Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Export Flow Map Image</source>
        <translation>Bild der Flow-Karte exportieren</translation>
    </message>
    <message>
        <source>flow-map.png</source>
        <translation>flow-map.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Image width in pixels:</source>
        <translation>Bildbreite in Pixeln:</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Move the sliders back to where they keep a readable map</source>
        <translation>Die Schieberegler dorthin zurücksetzen, wo die Karte lesbar bleibt</translation>
    </message>
    <message>
        <source>The map shows %L1 of %L2 activities and %L3 of %L4 paths.</source>
        <translation>Die Karte zeigt %L1 von %L2 Aktivitäten und %L3 von %L4 Pfaden.</translation>
    </message>
    <message>
        <source>Drag the Activities and Paths sliders to the right to show more.</source>
        <translation>Ziehen Sie die Schieberegler Aktivitäten und Pfade nach rechts, um mehr zu zeigen.</translation>
    </message>
    <message>
        <source>Drag the Activities slider to the right to show more.</source>
        <translation>Ziehen Sie den Schieberegler Aktivitäten nach rechts, um mehr zu zeigen.</translation>
    </message>
    <message>
        <source>Drag the Paths slider to the right to show more.</source>
        <translation>Ziehen Sie den Schieberegler Pfade nach rechts, um mehr zu zeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more path(s) between the shown activities stay hidden because a map of more than %L1 paths takes too long to lay out. Drag the Activities slider to the left to see every path between fewer activities.</source>
        <translation>
            <numerusform>%Ln weiterer Pfad zwischen den gezeigten Aktivitäten bleibt verborgen, weil das Anordnen einer Karte mit mehr als %L1 Pfaden zu lange dauert. Ziehen Sie den Schieberegler Aktivitäten nach links, um jeden Pfad zwischen weniger Aktivitäten zu sehen.</numerusform>
            <numerusform>%Ln weitere Pfade zwischen den gezeigten Aktivitäten bleiben verborgen, weil das Anordnen einer Karte mit mehr als %L1 Pfaden zu lange dauert. Ziehen Sie den Schieberegler Aktivitäten nach links, um jeden Pfad zwischen weniger Aktivitäten zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::FlowMetrics</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Flowscope::FlowMetricsModel</name>
    <message>
        <source>no outcome</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>empty outcome</source>
        <translation>leeres Ergebnis</translation>
    </message>
    <message>
        <source>Rows with flow_outcome %1: count and share of the flow&apos;s ended rows</source>
        <translation>Zeilen mit flow_outcome %1: Anzahl und Anteil an den beendeten Zeilen des Flows</translation>
    </message>
    <message>
        <source>Flows started per day; every row shares the same days</source>
        <translation>Gestartete Flows je Tag; alle Zeilen teilen dieselben Tage</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Flow type</source>
        <translation>Flow-Typ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Average time</source>
        <translation>Mittlere Dauer</translation>
    </message>
    <message>
        <source>Min time</source>
        <translation>Min. Dauer</translation>
    </message>
    <message>
        <source>Max time</source>
        <translation>Max. Dauer</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Je Tag</translation>
    </message>
    <message>
        <source>no flow type</source>
        <translation>kein Flow-Typ</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%L1 (%2)</source>
        <translation>%L1 (%2)</translation>
    </message>
    <message>
        <source>flow_resource_id: %1</source>
        <translation>flow_resource_id: %1</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message numerus="yes">
        <source>end_timestamp − start_timestamp over the %Ln ended rows</source>
        <translation>
            <numerusform>end_timestamp − start_timestamp über die %Ln beendete Zeile</numerusform>
            <numerusform>end_timestamp − start_timestamp über die %Ln beendeten Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Flows started per day from %1 to %2; at most %L3, on %4</source>
        <translation>Gestartete Flows je Tag von %1 bis %2; höchstens %L3, am %4</translation>
    </message>
    <message>
        <source>%L1 of the flow&apos;s ended rows have outcome %2: %3 %</source>
        <translation>%L1 der beendeten Zeilen des Flows haben das Ergebnis %2: %3 %</translation>
    </message>
</context>
<context>
    <name>Flowscope::FlowMetricsPage</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Show all contacts</source>
        <translation>Alle Kontakte anzeigen</translation>
    </message>
    <message>
        <source>Drop the contacts selected on another page and keep the rest of the filter</source>
        <translation>Die auf einer anderen Seite ausgewählten Kontakte verwerfen und den übrigen Filter behalten</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Outcomes per:</source>
        <translation>Ergebnisse je:</translation>
    </message>
    <message>
        <source>Open a workspace to see the flow metrics.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um die Flow-Kennzahlen zu sehen.</translation>
    </message>
    <message>
        <source>Computing the flow metrics…</source>
        <translation>Die Flow-Kennzahlen werden berechnet…</translation>
    </message>
    <message>
        <source>Cancelled. The table and chart still show the previous filter; change the filter to compute again.</source>
        <translation>Abgebrochen. Tabelle und Diagramm zeigen noch den vorigen Filter; ändern Sie den Filter, um erneut zu berechnen.</translation>
    </message>
    <message>
        <source>Computing the flow metrics (step %1 of %2)…</source>
        <translation>Die Flow-Kennzahlen werden berechnet (Schritt %1 von %2)…</translation>
    </message>
    <message>
        <source>This workspace holds no flow events. Import contact_flow_events exports with File &gt; Import Files.</source>
        <translation>Dieser Arbeitsbereich enthält keine Flussereignisse. Importieren Sie contact_flow_events-Exporte mit Datei &gt; Dateien importieren.</translation>
    </message>
    <message>
        <source>No flow events match the filter. Loosen the time range or choose other values.</source>
        <translation>Keine Flussereignisse passen zum Filter. Erweitern Sie den Zeitraum oder wählen Sie andere Werte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln flow(s), </source>
        <translation>
            <numerusform>%Ln Flow, </numerusform>
            <numerusform>%Ln Flows, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln flow event(s). Times are end − start over rows with an end; outcome shares are of those rows.</source>
        <translation>
            <numerusform>%Ln Flussereignis. Zeiten sind Ende − Beginn über Zeilen mit Ende; Ergebnisanteile beziehen sich auf diese Zeilen.</numerusform>
            <numerusform>%Ln Flussereignisse. Zeiten sind Ende − Beginn über Zeilen mit Ende; Ergebnisanteile beziehen sich auf diese Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flows: %L1</source>
        <translation>Flows: %L1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Flow metrics</source>
        <translation>Flow-Kennzahlen</translation>
    </message>
</context>
<context>
    <name>Flowscope::FlowMetricsWorker</name>
    <message>
        <source>The workspace %1 could not be opened for the flow metrics: %2</source>
        <translation>Der Arbeitsbereich %1 konnte für die Flow-Kennzahlen nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Flowscope::FlowNames</name>
    <message>
        <source>%1: the entry has no id, so its name cannot be matched to a flow; it was skipped.</source>
        <translation>%1: Der Eintrag hat keine ID, daher kann sein Name keinem Flow zugeordnet werden; er wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1: the entry for %2 has no name; it was skipped and the id is shown instead.</source>
        <translation>%1: Der Eintrag für %2 hat keinen Namen; er wurde übersprungen, stattdessen wird die ID angezeigt.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3). Save the output of aws connect list-contact-flows unchanged, or use a CSV of id and name.</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Byte %3). Speichern Sie die Ausgabe von aws connect list-contact-flows unverändert, oder verwenden Sie eine CSV-Datei mit ID und Name.</translation>
    </message>
    <message>
        <source>%1 holds no ContactFlowSummaryList or ContactFlowModulesSummaryList. Use the output of aws connect list-contact-flows or list-contact-flow-modules, or a CSV of id and name.</source>
        <translation>%1 enthält keine ContactFlowSummaryList oder ContactFlowModulesSummaryList. Verwenden Sie die Ausgabe von aws connect list-contact-flows oder list-contact-flow-modules, oder eine CSV-Datei mit ID und Name.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Cannot read the name mapping %1: %2. Check the path and its permissions.</source>
        <translation>Die Namenszuordnung %1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad und seine Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot store flow names in %1: %2</source>
        <translation>Flow-Namen können nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot store the name of %1 in %2: %3</source>
        <translation>Der Name von %1 kann nicht in %2 gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>Flowscope::Generate</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 2^64 - 1, not &quot;%1&quot;.</source>
        <translation>--seed muss eine ganze Zahl von 0 bis 2^64 - 1 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--first-day must be a date such as 2026-11-01, not &quot;%1&quot;.</source>
        <translation>--first-day muss ein Datum wie 2026-11-01 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--array-style must be athena or json, not &quot;%1&quot;.</source>
        <translation>--array-style muss athena oder json sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--format must be csv or jsonl, not &quot;%1&quot;.</source>
        <translation>--format muss csv oder jsonl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--table must be %1 or %2, not &quot;%3&quot;.</source>
        <translation>--table muss %1 oder %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>--output is missing. Give the file to write, for example --output contact_flow_events.csv.</source>
        <translation>--output fehlt. Geben Sie die zu schreibende Datei an, zum Beispiel --output contact_flow_events.csv.</translation>
    </message>
    <message>
        <source>Could not create &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2. Check the free disk space and permissions.</source>
        <translation>Das Schreiben von „%1“ ist fehlgeschlagen: %2. Prüfen Sie den freien Speicherplatz und die Berechtigungen.</translation>
    </message>
    <message>
        <source>Wrote %1 rows of %2 with %3 contacts to %4.</source>
        <translation>%1 Zeilen von %2 mit %3 Kontakten nach %4 geschrieben.</translation>
    </message>
    <message>
        <source>Writes a realistic Amazon Connect data lake export with made-up ids. The same options and seed always give the same bytes.</source>
        <translation>Schreibt einen realistischen Export des Amazon-Connect-Data-Lake mit erfundenen IDs. Dieselben Optionen und derselbe Startwert ergeben immer dieselben Bytes.</translation>
    </message>
    <message>
        <source>The table to write: contact_flow_events or connect_test_case_execution_results.</source>
        <translation>Die zu schreibende Tabelle: contact_flow_events oder connect_test_case_execution_results.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>csv (Athena query results) or jsonl (one JSON object per line).</source>
        <translation>csv (Athena-Abfrageergebnisse) oder jsonl (ein JSON-Objekt pro Zeile).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>How CSV writes array columns: athena ([a, b]) or json ([&quot;a&quot;,&quot;b&quot;]).</source>
        <translation>Wie CSV Array-Spalten schreibt: athena ([a, b]) oder json ([&quot;a&quot;,&quot;b&quot;]).</translation>
    </message>
    <message>
        <source>style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Compress the output with gzip.</source>
        <translation>Die Ausgabe mit gzip komprimieren.</translation>
    </message>
    <message>
        <source>The seed of every id, time and choice.</source>
        <translation>Der Startwert aller IDs, Zeiten und Auswahlen.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Contacts started by customers; test executions add their own.</source>
        <translation>Von Kunden begonnene Kontakte; Testausführungen fügen eigene hinzu.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Generate customer contacts until the flow events reach about this many rows, in place of --contacts (about 5 rows per contact).</source>
        <translation>Kundenkontakte erzeugen, bis die Flussereignisse etwa so viele Zeilen erreichen, anstelle von --contacts (etwa 5 Zeilen pro Kontakt).</translation>
    </message>
    <message>
        <source>The first day of the export, in UTC.</source>
        <translation>Der erste Tag des Exports, in UTC.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The number of days the export covers.</source>
        <translation>Die Anzahl der Tage, die der Export umfasst.</translation>
    </message>
    <message>
        <source>Test cases, spread over the instances.</source>
        <translation>Testfälle, verteilt auf die Instanzen.</translation>
    </message>
    <message>
        <source>Executions of each test case per day.</source>
        <translation>Ausführungen je Testfall und Tag.</translation>
    </message>
    <message>
        <source>Amazon Connect instances.</source>
        <translation>Amazon-Connect-Instanzen.</translation>
    </message>
    <message>
        <source>Flows per instance, at least 10.</source>
        <translation>Flows je Instanz, mindestens 10.</translation>
    </message>
    <message>
        <source>Flow modules per instance.</source>
        <translation>Flow-Module je Instanz.</translation>
    </message>
    <message>
        <source>Queues per instance.</source>
        <translation>Warteschlangen je Instanz.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Every setting is an option; see --help.</source>
        <translation>Unerwartetes Argument „%1“. Jede Einstellung ist eine Option; siehe --help.</translation>
    </message>
</context>
<context>
    <name>Flowscope::GzipFileWriter</name>
    <message>
        <source>The gzip compressor could not be set up.</source>
        <translation>Der gzip-Kompressor konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>The gzip compressor failed.</source>
        <translation>Der gzip-Kompressor ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Flowscope::ImportDetectionPage</name>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <source>\001</source>
        <translation>\001</translation>
    </message>
    <message>
        <source>Check Detection</source>
        <translation>Erkennung prüfen</translation>
    </message>
    <message>
        <source>Detect per file</source>
        <translation>Je Datei erkennen</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Trenn&amp;zeichen:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Header line</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Die Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1, gzip</source>
        <translation>%1, gzip</translation>
    </message>
    <message>
        <source>%1 with BOM</source>
        <translation>%1 mit BOM</translation>
    </message>
    <message>
        <source>%1 (after sep=)</source>
        <translation>%1 (nach sep=)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Needs mapping</source>
        <translation>Zuordnung nötig</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) lack a primary key column under its own name: map a file column to it on the next page.</source>
        <translation>
            <numerusform>%Ln Datei fehlt eine Primärschlüsselspalte unter ihrem eigenen Namen: Ordnen Sie ihr auf der nächsten Seite eine Dateispalte zu.</numerusform>
            <numerusform>%Ln Dateien fehlt eine Primärschlüsselspalte unter ihrem eigenen Namen: Ordnen Sie ihr auf der nächsten Seite eine Dateispalte zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The inputs hold no data files.</source>
        <translation>Die Eingaben enthalten keine Datendateien.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) detected.</source>
        <translation>
            <numerusform>%n Datei erkannt.</numerusform>
            <numerusform>%n Dateien erkannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: no readable file.</source>
        <translation>Vorschau: keine lesbare Datei.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of %1: the first %Ln row(s) as read, not converted, because the file cannot be imported as it is.</source>
        <translation>
            <numerusform>Vorschau von %1: die erste Zeile wie gelesen, nicht umgewandelt, weil die Datei so nicht importiert werden kann.</numerusform>
            <numerusform>Vorschau von %1: die ersten %Ln Zeilen wie gelesen, nicht umgewandelt, weil die Datei so nicht importiert werden kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of %1: no rows.</source>
        <translation>Vorschau von %1: keine Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of %1: the first %Ln row(s).</source>
        <translation>
            <numerusform>Vorschau von %1: die erste Zeile.</numerusform>
            <numerusform>Vorschau von %1: die ersten %Ln Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of %1: all %Ln row(s).</source>
        <translation>
            <numerusform>Vorschau von %1: die einzige Zeile.</numerusform>
            <numerusform>Vorschau von %1: alle %Ln Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these row(s) would be rejected. Nothing has been written yet.</source>
        <translation>
            <numerusform>%Ln dieser Zeilen würde abgelehnt. Es wurde noch nichts geschrieben.</numerusform>
            <numerusform>%Ln dieser Zeilen würden abgelehnt. Es wurde noch nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>How each file is written, as detected. An override applies to every file. The preview shows the selected file&apos;s first rows as they would be imported.</source>
        <translation>Wie jede Datei geschrieben ist, so wie erkannt. Eine Korrektur gilt für jede Datei. Die Vorschau zeigt die ersten Zeilen der ausgewählten Datei so, wie sie importiert würden.</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more; the Status column&apos;s tool tip gives each reason.</source>
        <translation>
            <numerusform>…und %Ln weitere; der Tooltip der Spalte Status nennt jeden Grund.</numerusform>
            <numerusform>…und %Ln weitere; der Tooltip der Spalte Status nennt jeden Grund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked, %1 can be imported.</source>
        <translation>
            <numerusform>%n Datei geprüft, %1 kann importiert werden.</numerusform>
            <numerusform>%n Dateien geprüft, %1 können importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln input(s) cannot be imported; the import leaves them out.</source>
        <translation>
            <numerusform>%Ln Eingabe kann nicht importiert werden; der Import lässt sie aus.</numerusform>
            <numerusform>%Ln Eingaben können nicht importiert werden; der Import lässt sie aus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::ImportFilesPage</name>
    <message>
        <source>Choose Files</source>
        <translation>Dateien auswählen</translation>
    </message>
    <message>
        <source>Add Athena query results, UNLOAD part files (.gz included) or whole folders. Nothing is written until the import starts.</source>
        <translation>Fügen Sie Athena-Abfrageergebnisse, UNLOAD-Teildateien (auch .gz) oder ganze Ordner hinzu. Bis der Import beginnt, wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>No files yet.
Add files or folders, or drop them here.</source>
        <translation>Noch keine Dateien.
Fügen Sie Dateien oder Ordner hinzu oder ziehen Sie sie hierher.</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Data lake exports (*.csv *.csv.gz *.json *.json.gz *.gz *.txt);;All files (*)</source>
        <translation>Data-Lake-Exporte (*.csv *.csv.gz *.json *.json.gz *.gz *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>Folder, %Ln data file(s)</source>
        <translation>
            <numerusform>Ordner, %Ln Datendatei</numerusform>
            <numerusform>Ordner, %Ln Datendateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Gzip-compressed file</source>
        <translation>Gzip-komprimierte Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message numerus="yes">
        <source>%Ln data file(s), %1 in all.</source>
        <translation>
            <numerusform>%Ln Datendatei, %1 insgesamt.</numerusform>
            <numerusform>%Ln Datendateien, %1 insgesamt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::ImportMappingPage</name>
    <message>
        <source>Map Columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Each file column goes to the workspace column of the same name. Choose another column or ignore it; the choice applies to every file with a column of that name.</source>
        <translation>Jede Dateispalte geht in die gleichnamige Spalte des Arbeitsbereichs. Wählen Sie eine andere Spalte oder ignorieren Sie sie; die Wahl gilt für jede Datei mit einer Spalte dieses Namens.</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Dateispalte</translation>
    </message>
    <message>
        <source>Workspace column</source>
        <translation>Arbeitsbereichsspalte</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>No file to map.</source>
        <translation>Keine Datei zuzuordnen.</translation>
    </message>
    <message>
        <source>The table of %1 is not known, so its columns cannot be mapped. Choose the table on the previous page.</source>
        <translation>Die Tabelle von %1 ist nicht bekannt, daher können ihre Spalten nicht zugeordnet werden. Wählen Sie die Tabelle auf der vorigen Seite.</translation>
    </message>
    <message>
        <source>Columns of %1 into table %2:</source>
        <translation>Spalten von %1 in die Tabelle %2:</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>%1 (key)</source>
        <translation>%1 (Schlüssel)</translation>
    </message>
    <message>
        <source>%1 (new column)</source>
        <translation>%1 (neue Spalte)</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignoriert)</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1 (ignoriert)</translation>
    </message>
    <message>
        <source>%1 (kept as a new text column)</source>
        <translation>%1 (als neue Textspalte behalten)</translation>
    </message>
    <message>
        <source>Every workspace column has a file column.</source>
        <translation>Jede Arbeitsbereichsspalte hat eine Dateispalte.</translation>
    </message>
    <message>
        <source>Missing workspace columns, stored as NULL: %1.</source>
        <translation>Fehlende Arbeitsbereichsspalten, als NULL gespeichert: %1.</translation>
    </message>
    <message>
        <source>No extra file columns.</source>
        <translation>Keine zusätzlichen Dateispalten.</translation>
    </message>
    <message>
        <source>Extra file columns: %1.</source>
        <translation>Zusätzliche Dateispalten: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No file column goes to the primary key column(s) %1, so the file would be rejected. Choose a file column for each.</source>
        <translation>
            <numerusform>Keine Dateispalte geht in die Primärschlüsselspalte %1, daher würde die Datei abgelehnt. Wählen Sie für sie eine Dateispalte.</numerusform>
            <numerusform>Keine Dateispalte geht in die Primärschlüsselspalten %1, daher würde die Datei abgelehnt. Wählen Sie für jede eine Dateispalte.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n column(s))</source>
        <translation>
            <numerusform>%1 (%2, %n Spalte)</numerusform>
            <numerusform>%1 (%2, %n Spalten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) have the same columns and are mapped the same way.</source>
        <translation>
            <numerusform>%n weitere Datei hat dieselben Spalten und wird gleich zugeordnet.</numerusform>
            <numerusform>%n weitere Dateien haben dieselben Spalten und werden gleich zugeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have other columns: choose one above to check its mapping.</source>
        <translation>
            <numerusform>%n Datei hat andere Spalten: Wählen Sie sie oben aus, um ihre Zuordnung zu prüfen.</numerusform>
            <numerusform>%n Dateien haben andere Spalten: Wählen Sie oben eine aus, um ihre Zuordnung zu prüfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::ImportOptionsPage</name>
    <message>
        <source>Import Options</source>
        <translation>Importoptionen</translation>
    </message>
    <message>
        <source>How bad rows and timestamps are handled. The import runs in one transaction: until it commits, the workspace is unchanged.</source>
        <translation>Wie fehlerhafte Zeilen und Zeitstempel behandelt werden. Der Import läuft in einer Transaktion: Bis sie abgeschlossen ist, bleibt der Arbeitsbereich unverändert.</translation>
    </message>
    <message>
        <source>&amp;Abort on the first bad row and import nothing</source>
        <translation>Bei der ersten fehlerhaften Zeile &amp;abbrechen und nichts importieren</translation>
    </message>
    <message>
        <source>&amp;Skip bad rows and files, import the rest and list what was skipped</source>
        <translation>Fehlerhafte Zeilen und Dateien ü&amp;berspringen, den Rest importieren und das Übersprungene auflisten</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>Judge by size</source>
        <translation>Nach Größe beurteilen</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>Microseconds</source>
        <translation>Mikrosekunden</translation>
    </message>
    <message>
        <source>Nanoseconds</source>
        <translation>Nanosekunden</translation>
    </message>
    <message>
        <source>for example dd/MM/yyyy HH:mm</source>
        <translation>zum Beispiel dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>&amp;Time zone of times without an offset:</source>
        <translation>&amp;Zeitzone von Zeiten ohne Versatz:</translation>
    </message>
    <message>
        <source>The data lake writes UTC. Times with Z or an offset keep their own zone.</source>
        <translation>Der Data Lake schreibt UTC. Zeiten mit Z oder einem Versatz behalten ihre eigene Zone.</translation>
    </message>
    <message>
        <source>&amp;Epoch numbers are in:</source>
        <translation>&amp;Epoch-Zahlen sind in:</translation>
    </message>
    <message>
        <source>Judged by size, 1700000000 reads as seconds and 1700000000000 as milliseconds.</source>
        <translation>Nach Größe beurteilt, gilt 1700000000 als Sekunden und 1700000000000 als Millisekunden.</translation>
    </message>
    <message>
        <source>&amp;Date pattern for local dates:</source>
        <translation>&amp;Datumsmuster für lokale Daten:</translation>
    </message>
    <message>
        <source>Leave empty to reject dates such as 03/10/2026, which could be day-first or month-first.</source>
        <translation>Leer lassen, um Daten wie 03/10/2026 abzulehnen, bei denen Tag oder Monat zuerst stehen könnte.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n file(s) into %1.</source>
        <translation>
            <numerusform>Bereit, %n Datei in %1 zu importieren.</numerusform>
            <numerusform>Bereit, %n Dateien in %1 zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone. Choose one from the list, such as UTC or Europe/Berlin.</source>
        <translation>„%1“ ist keine bekannte Zeitzone. Wählen Sie eine aus der Liste, etwa UTC oder Europe/Berlin.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected on the detection page will not be imported: %1. Go back to that page to read why.</source>
        <translation>
            <numerusform>%n auf der Erkennungsseite abgelehnte Datei wird nicht importiert: %1. Gehen Sie zu jener Seite zurück, um den Grund zu lesen.</numerusform>
            <numerusform>%n auf der Erkennungsseite abgelehnte Dateien werden nicht importiert: %1. Gehen Sie zu jener Seite zurück, um die Gründe zu lesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview found no bad row in the first %Ln row(s) of %1.</source>
        <translation>
            <numerusform>Die Vorschau hat in der ersten Zeile von %1 keine fehlerhafte Zeile gefunden.</numerusform>
            <numerusform>Die Vorschau hat in den ersten %Ln Zeilen von %1 keine fehlerhafte Zeile gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview found %Ln bad row(s) in the first %1 rows of %2: Abort would import nothing, Skip would leave them out.</source>
        <translation>
            <numerusform>Die Vorschau hat %Ln fehlerhafte Zeile in den ersten %1 Zeilen von %2 gefunden: „Abbrechen“ würde nichts importieren, „Überspringen“ würde sie auslassen.</numerusform>
            <numerusform>Die Vorschau hat %Ln fehlerhafte Zeilen in den ersten %1 Zeilen von %2 gefunden: „Abbrechen“ würde nichts importieren, „Überspringen“ würde sie auslassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Flowscope::ImportPreview</name>
    <message numerus="yes">
        <source>%n timestamp(s) could not be read</source>
        <translation>
            <numerusform>%n Zeitstempel konnte nicht gelesen werden</numerusform>
            <numerusform>%n Zeitstempel konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) are ambiguous: set a date pattern in the options</source>
        <translation>
            <numerusform>%n Datum ist mehrdeutig: Legen Sie in den Optionen ein Datumsmuster fest</numerusform>
            <numerusform>%n Daten sind mehrdeutig: Legen Sie in den Optionen ein Datumsmuster fest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) could not be read</source>
        <translation>
            <numerusform>%n Liste konnte nicht gelesen werden</numerusform>
            <numerusform>%n Listen konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have no primary key value</source>
        <translation>
            <numerusform>%n Zeile hat keinen Primärschlüsselwert</numerusform>
            <numerusform>%n Zeilen haben keinen Primärschlüsselwert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have the wrong number of fields</source>
        <translation>
            <numerusform>%n Zeile hat die falsche Anzahl Felder</numerusform>
            <numerusform>%n Zeilen haben die falsche Anzahl Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a misplaced quote</source>
        <translation>
            <numerusform>%n Zeile hat ein falsch gesetztes Anführungszeichen</numerusform>
            <numerusform>%n Zeilen haben ein falsch gesetztes Anführungszeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are not valid JSON</source>
        <translation>
            <numerusform>%n Datensatz ist kein gültiges JSON</numerusform>
            <numerusform>%n Datensätze sind kein gültiges JSON</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are not valid text in the file&apos;s encoding</source>
        <translation>
            <numerusform>%n Wert ist kein gültiger Text in der Kodierung der Datei</numerusform>
            <numerusform>%n Werte sind kein gültiger Text in der Kodierung der Datei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would be rejected</source>
        <translation>
            <numerusform>%n Zeile würde abgelehnt</numerusform>
            <numerusform>%n Zeilen würden abgelehnt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::ImportPreviewModel</name>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>NULL: no value</source>
        <translation>NULL: kein Wert</translation>
    </message>
    <message>
        <source>An empty string</source>
        <translation>Eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>Line %1 would be rejected: %2</source>
        <translation>Zeile %1 würde abgelehnt: %2</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <source>%1: a timestamp, shown in %2</source>
        <translation>%1: ein Zeitstempel, angezeigt in %2</translation>
    </message>
</context>
<context>
    <name>Flowscope::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>The rows are read, checked and merged into the workspace in one transaction. Cancel rolls everything back.</source>
        <translation>Die Zeilen werden in einer Transaktion gelesen, geprüft und in den Arbeitsbereich übernommen. Abbrechen macht alles rückgängig.</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancelling: rolling the import back…</source>
        <translation>Abbruch: Der Import wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Starting the import…</source>
        <translation>Der Import beginnt…</translation>
    </message>
    <message>
        <source>Reading file %1 of %2: %3</source>
        <translation>Datei %1 von %2 wird gelesen: %3</translation>
    </message>
    <message>
        <source>Merging the rows into the workspace…</source>
        <translation>Die Zeilen werden in den Arbeitsbereich übernommen…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Abschluss…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read, %1 rows per second</source>
        <translation>
            <numerusform>%Ln Zeile gelesen, %1 Zeilen pro Sekunde</numerusform>
            <numerusform>%Ln Zeilen gelesen, %1 Zeilen pro Sekunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Elapsed %1, about %2 left</source>
        <translation>Vergangen %1, noch etwa %2</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Vergangen %1</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>The import finished.</source>
        <translation>Der Import ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The import was cancelled and rolled back. Nothing was imported; the workspace is unchanged.</source>
        <translation>Der Import wurde abgebrochen und rückgängig gemacht. Es wurde nichts importiert; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Go Back to change the options and import again, or Next to list the rejected rows.</source>
        <translation>Gehen Sie mit „Zurück“ zu den Optionen, um sie zu ändern und erneut zu importieren, oder mit „Weiter“ zur Liste der abgelehnten Zeilen.</translation>
    </message>
    <message>
        <source>Go Back to change the options and import again.</source>
        <translation>Gehen Sie mit „Zurück“ zu den Optionen, um sie zu ändern und erneut zu importieren.</translation>
    </message>
</context>
<context>
    <name>Flowscope::ImportResultPage</name>
    <message>
        <source>Import Result</source>
        <translation>Importergebnis</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows, or all rows when none is selected</source>
        <translation>Die ausgewählten Zeilen kopieren, oder alle, wenn keine ausgewählt ist</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>Als CSV &amp;speichern…</translation>
    </message>
    <message>
        <source>The import committed in %1 s.</source>
        <translation>Der Import wurde in %1 s abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) were read without a problem.</source>
        <translation>
            <numerusform>Die Zeile wurde ohne Probleme gelesen.</numerusform>
            <numerusform>Alle %Ln Zeilen wurden ohne Probleme gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were rejected and not imported; they are listed below.</source>
        <translation>
            <numerusform>%Ln Zeile wurde abgelehnt und nicht importiert; sie ist unten aufgeführt.</numerusform>
            <numerusform>%Ln Zeilen wurden abgelehnt und nicht importiert; sie sind unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was imported; the workspace is unchanged.</source>
        <translation>Es wurde nichts importiert; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>The import failed, so nothing was imported.</source>
        <translation>Der Import ist fehlgeschlagen, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Abgelehnte Zeilen (%1)</translation>
    </message>
    <message>
        <source>Other warnings (%1)</source>
        <translation>Andere Warnungen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %1 of %Ln warning(s) are listed.</source>
        <translation>
            <numerusform>Nur die ersten %1 von %Ln Warnung werden aufgeführt.</numerusform>
            <numerusform>Nur die ersten %1 von %Ln Warnungen werden aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2. Check that the disk has free space.</source>
        <translation>Das Speichern von %1 ist fehlgeschlagen: %2. Prüfen Sie, ob das Laufwerk freien Speicher hat.</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Select a row to read its whole reason here.</source>
        <translation>Wählen Sie eine Zeile aus, um hier ihren ganzen Grund zu lesen.</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
</context>
<context>
    <name>Flowscope::ImportWarningsModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Flowscope::ImportWizard</name>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>Flowscope::Importer</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>Der Arbeitsbereich ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Workspace %1 is open read-only, so nothing can be imported into it.</source>
        <translation>Arbeitsbereich %1 ist schreibgeschützt geöffnet, daher kann nichts in ihn importiert werden.</translation>
    </message>
    <message>
        <source>Unknown table &quot;%1&quot;. Choose contact_flow_events or connect_test_case_execution_results.</source>
        <translation>Unbekannte Tabelle „%1“. Wählen Sie contact_flow_events oder connect_test_case_execution_results.</translation>
    </message>
    <message>
        <source>No files to import: the inputs hold no data files.</source>
        <translation>Keine Dateien zu importieren: Die Eingaben enthalten keine Datendateien.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported; the workspace is unchanged.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts importiert; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n file(s) could be imported; the warnings say why. The workspace is unchanged.</source>
        <translation>
            <numerusform>Die Datei konnte nicht importiert werden; die Warnungen nennen den Grund. Der Arbeitsbereich ist unverändert.</numerusform>
            <numerusform>Keine der %n Dateien konnte importiert werden; die Warnungen nennen die Gründe. Der Arbeitsbereich ist unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing the rows of %1 failed: %2. Nothing was imported; the workspace is unchanged.</source>
        <translation>Das Speichern der Zeilen von %1 ist fehlgeschlagen: %2. Es wurde nichts importiert; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Saving the import failed: %1. Nothing was imported; the workspace is unchanged. Check that the disk has free space.</source>
        <translation>Das Speichern des Imports ist fehlgeschlagen: %1. Es wurde nichts importiert; der Arbeitsbereich ist unverändert. Prüfen Sie, ob das Laufwerk freien Speicher hat.</translation>
    </message>
    <message>
        <source>Skipped because it belongs to the workspace being imported into.</source>
        <translation>Übersprungen, weil sie zu dem Arbeitsbereich gehört, in den importiert wird.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported; the workspace is unchanged. Choose the file&apos;s encoding, or import with bad rows skipped to keep the replacement characters.</source>
        <translation>%1 Es wurde nichts importiert; der Arbeitsbereich ist unverändert. Wählen Sie die Kodierung der Datei, oder importieren Sie mit übersprungenen fehlerhaften Zeilen, um die Ersatzzeichen zu behalten.</translation>
    </message>
    <message>
        <source>Workspace %1 is locked by another import or program. Wait for it to finish, then import again.</source>
        <translation>Arbeitsbereich %1 ist durch einen anderen Import oder ein anderes Programm gesperrt. Warten Sie, bis er fertig ist, und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Cannot start the import in %1: %2</source>
        <translation>Der Import in %1 kann nicht beginnen: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the import of %1: %2</source>
        <translation>Der Import von %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was imported; the workspace is unchanged. Fix the row, or import with bad rows skipped.</source>
        <translation>%1 Es wurde nichts importiert; der Arbeitsbereich ist unverändert. Korrigieren Sie die Zeile oder importieren Sie mit übersprungenen fehlerhaften Zeilen.</translation>
    </message>
    <message>
        <source>Staging a row of %1 failed: %2</source>
        <translation>Das Zwischenspeichern einer Zeile von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %n row(s) with only empty fields, as spreadsheets write them, were skipped.</source>
        <translation>
            <numerusform>Zeile %1: %n Zeile nur mit leeren Feldern, wie Tabellenkalkulationen sie schreiben, wurde übersprungen.</numerusform>
            <numerusform>Zeile %1: %n Zeilen nur mit leeren Feldern, wie Tabellenkalkulationen sie schreiben, wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording the import failed: %1</source>
        <translation>Das Protokollieren des Imports ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The file contains no rows.</source>
        <translation>Die Datei enthält keine Zeilen.</translation>
    </message>
</context>
<context>
    <name>Flowscope::InputSource</name>
    <message>
        <source>Choose the exported data file instead.</source>
        <translation>Wählen Sie stattdessen die exportierte Datendatei.</translation>
    </message>
    <message>
        <source>Decompress it, or compress it with gzip instead, and import it again.</source>
        <translation>Entpacken Sie sie oder komprimieren Sie sie stattdessen mit gzip, und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>a ZIP archive or an Excel workbook (.xlsx)</source>
        <translation>ein ZIP-Archiv oder eine Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>Open it in Excel and save the sheet as CSV (CSV UTF-8 if offered), or unzip it and import the files inside.</source>
        <translation>Öffnen Sie sie in Excel und speichern Sie das Blatt als CSV (CSV UTF-8, falls angeboten), oder entpacken Sie es und importieren Sie die enthaltenen Dateien.</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>compressed with bzip2</source>
        <translation>mit bzip2 komprimiert</translation>
    </message>
    <message>
        <source>compressed with xz</source>
        <translation>mit xz komprimiert</translation>
    </message>
    <message>
        <source>compressed with Zstandard</source>
        <translation>mit Zstandard komprimiert</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>ein 7-Zip-Archiv</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n columns</source>
        <translation>
            <numerusform>%1 hat %n Spalte</numerusform>
            <numerusform>%1 hat %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>No data lake table is named &quot;%1&quot;. Choose %2 or %3.</source>
        <translation>Keine Data-Lake-Tabelle heißt „%1“. Wählen Sie %2 oder %3.</translation>
    </message>
    <message>
        <source>it is a hidden or marker file such as _SUCCESS</source>
        <translation>sie eine versteckte oder Markierungsdatei wie _SUCCESS ist</translation>
    </message>
    <message>
        <source>it is an Athena manifest or metadata file, not data</source>
        <translation>sie eine Athena-Manifest- oder Metadatendatei ist, keine Daten</translation>
    </message>
    <message>
        <source>it is a checksum file</source>
        <translation>sie eine Prüfsummendatei ist</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie leer ist</translation>
    </message>
    <message>
        <source>it is a hidden or temporary folder</source>
        <translation>er ein versteckter oder temporärer Ordner ist</translation>
    </message>
    <message>
        <source>Cannot open the file: %1. Check that you may read it.</source>
        <translation>Die Datei kann nicht geöffnet werden: %1. Prüfen Sie, ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>This is an %1 file, which Flowscope cannot read: the library for it, Apache Arrow, is not packaged for Debian 12. Run the UNLOAD again with format &apos;JSON&apos; or &apos;TEXTFILE&apos;, or download the query results from the Athena console as CSV.</source>
        <translation>Dies ist eine %1-Datei, die Flowscope nicht lesen kann: Die Bibliothek dafür, Apache Arrow, ist für Debian 12 nicht paketiert. Führen Sie das UNLOAD erneut mit dem Format &apos;JSON&apos; oder &apos;TEXTFILE&apos; aus, oder laden Sie die Abfrageergebnisse in der Athena-Konsole als CSV herunter.</translation>
    </message>
    <message>
        <source>This is %1, not a CSV, JSON or TEXTFILE export. %2</source>
        <translation>Dies ist %1, kein CSV-, JSON- oder TEXTFILE-Export. %2</translation>
    </message>
    <message>
        <source>This is a Parquet file, which Flowscope cannot read: Parquet is not supported because Debian 12 does not package Apache Arrow. Run the UNLOAD again with format &apos;JSON&apos; or &apos;TEXTFILE&apos;, or download the query results from the Athena console as CSV.</source>
        <translation>Dies ist eine Parquet-Datei, die Flowscope nicht lesen kann: Parquet wird nicht unterstützt, weil Debian 12 Apache Arrow nicht paketiert. Führen Sie das UNLOAD erneut mit dem Format &apos;JSON&apos; oder &apos;TEXTFILE&apos; aus, oder laden Sie die Abfrageergebnisse in der Athena-Konsole als CSV herunter.</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 text without a byte order mark, which cannot be read reliably. Save it as CSV UTF-8 and import it again.</source>
        <translation>Die Datei sieht nach UTF-16-Text ohne Byte-Order-Mark aus, der sich nicht zuverlässig lesen lässt. Speichern Sie sie als CSV UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file contains NUL bytes (the first at byte %1), so it is a binary file, not a CSV, JSON or TEXTFILE export. Choose the exported data file instead.</source>
        <translation>Die Datei enthält NUL-Bytes (das erste bei Byte %1), ist also eine Binärdatei und kein CSV-, JSON- oder TEXTFILE-Export. Wählen Sie stattdessen die exportierte Datendatei.</translation>
    </message>
    <message>
        <source>Line %1, column %2: byte %3 is not valid UTF-8, so the file was read as Windows-1252, the encoding Excel uses on Western European Windows. If accented letters look wrong, choose the file&apos;s encoding in the import options, or save it as CSV UTF-8 and import it again.</source>
        <translation>Zeile %1, Spalte %2: Byte %3 ist kein gültiges UTF-8, daher wurde die Datei als Windows-1252 gelesen, die Kodierung, die Excel unter westeuropäischem Windows verwendet. Sehen Umlaute falsch aus, wählen Sie die Kodierung der Datei in den Importoptionen oder speichern Sie sie als CSV UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header and no rows. Check that the export finished, or leave the file out.</source>
        <translation>Die Datei ist leer: Sie hat weder Kopfzeile noch Zeilen. Prüfen Sie, ob der Export abgeschlossen ist, oder lassen Sie die Datei weg.</translation>
    </message>
    <message>
        <source>This Athena TEXTFILE export has no header, and its first line has %1 fields, which matches no data lake table (%2). Choose the table and, if the export selected only some columns, their names in order.</source>
        <translation>Dieser Athena-TEXTFILE-Export hat keine Kopfzeile, und seine erste Zeile hat %1 Felder, was zu keiner Data-Lake-Tabelle passt (%2). Wählen Sie die Tabelle und, falls der Export nur einige Spalten enthält, deren Namen in Reihenfolge.</translation>
    </message>
    <message>
        <source>Skipped because %1.</source>
        <translation>Übersprungen, weil %1.</translation>
    </message>
    <message>
        <source>The file does not exist. Check the path.</source>
        <translation>Die Datei existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Import the folder as a whole so that its part files are found, or choose files in it.</source>
        <translation>Dies ist ein Ordner, keine Datei. Importieren Sie den Ordner als Ganzes, damit seine Teildateien gefunden werden, oder wählen Sie Dateien darin.</translation>
    </message>
    <message>
        <source>The file or folder does not exist. Check the path.</source>
        <translation>Die Datei oder der Ordner existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>it is a documentation file, not data</source>
        <translation>sie eine Dokumentationsdatei ist, keine Daten</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>sie keine reguläre Datei ist</translation>
    </message>
    <message>
        <source>it is a link to a folder that is already being read</source>
        <translation>sie ein Link auf einen Ordner ist, der bereits gelesen wird</translation>
    </message>
    <message>
        <source>This is a pipe or device, not a file. Save the data to a file first, then import that file.</source>
        <translation>Dies ist eine Pipe oder ein Gerät, keine Datei. Speichern Sie die Daten zuerst in einer Datei und importieren Sie dann diese Datei.</translation>
    </message>
</context>
<context>
    <name>Flowscope::JsonReader</name>
    <message>
        <source>the record is empty</source>
        <translation>der Datensatz ist leer</translation>
    </message>
    <message>
        <source>a key in double quotes was expected</source>
        <translation>ein Schlüssel in doppelten Anführungszeichen wurde erwartet</translation>
    </message>
    <message>
        <source>a colon was expected after the key</source>
        <translation>nach dem Schlüssel wurde ein Doppelpunkt erwartet</translation>
    </message>
    <message>
        <source>the object is not closed with &apos;}&apos;</source>
        <translation>das Objekt wird nicht mit &apos;}&apos; geschlossen</translation>
    </message>
    <message>
        <source>a comma or &apos;}&apos; was expected after the value</source>
        <translation>nach dem Wert wurde ein Komma oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>there is more text after the end of the object</source>
        <translation>nach dem Ende des Objekts folgt weiterer Text</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>ein Wert wurde erwartet</translation>
    </message>
    <message>
        <source>a value was expected but &apos;%1&apos; was found</source>
        <translation>ein Wert wurde erwartet, aber &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>values are nested more than %1 levels deep</source>
        <translation>Werte sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>an object is not closed with &apos;}&apos;</source>
        <translation>ein Objekt wird nicht mit &apos;}&apos; geschlossen</translation>
    </message>
    <message>
        <source>an array is not closed with &apos;]&apos;</source>
        <translation>ein Array wird nicht mit &apos;]&apos; geschlossen</translation>
    </message>
    <message>
        <source>a comma or &apos;]&apos; was expected after the value</source>
        <translation>nach dem Wert wurde ein Komma oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>the number is not valid JSON</source>
        <translation>die Zahl ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>a string is not closed with &apos;&quot;&apos;</source>
        <translation>eine Zeichenkette wird nicht mit &apos;&quot;&apos; geschlossen</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>auf \u müssen vier Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>\%1 is not a JSON escape sequence</source>
        <translation>\%1 ist keine JSON-Escape-Sequenz</translation>
    </message>
    <message>
        <source>a comma or &apos;]&apos; was expected after the previous element</source>
        <translation>nach dem vorigen Element wurde ein Komma oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>an element is missing between two commas</source>
        <translation>zwischen zwei Kommas fehlt ein Element</translation>
    </message>
    <message>
        <source>the file ends inside this element, so the file is probably incomplete</source>
        <translation>die Datei endet innerhalb dieses Elements und ist daher vermutlich unvollständig</translation>
    </message>
    <message>
        <source>the record is not a JSON object, and each record must be one object in braces</source>
        <translation>der Datensatz ist kein JSON-Objekt, und jeder Datensatz muss ein Objekt in geschweiften Klammern sein</translation>
    </message>
    <message>
        <source>the line is longer than 64 MiB, so it was skipped</source>
        <translation>die Zeile ist länger als 64 MiB und wurde daher übersprungen</translation>
    </message>
    <message>
        <source>Line %1, column %2: invalid JSON because %3. Fix or remove the record and import the file again.</source>
        <translation>Zeile %1, Spalte %2: ungültiges JSON, weil %3. Korrigieren oder entfernen Sie den Datensatz und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Line %1: %2. Fix or remove the record and import the file again.</source>
        <translation>Zeile %1: %2. Korrigieren oder entfernen Sie den Datensatz und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the file does not start with &apos;[&apos;, so it is not a JSON array. Import it as JSON Lines, or check that the download is complete.</source>
        <translation>die Datei beginnt nicht mit &apos;[&apos; und ist daher kein JSON-Array. Importieren Sie sie als JSON Lines oder prüfen Sie, ob der Download vollständig ist.</translation>
    </message>
    <message>
        <source>the element that starts here is longer than 64 MiB, so a string or bracket is probably not closed. Check the file.</source>
        <translation>das hier beginnende Element ist länger als 64 MiB, vermutlich ist also eine Zeichenkette oder Klammer nicht geschlossen. Prüfen Sie die Datei.</translation>
    </message>
    <message>
        <source>Line %1: the JSON array is not closed with &apos;]&apos;, so the file may be incomplete. The elements before this line were read. If rows are missing, download the file again.</source>
        <translation>Zeile %1: Das JSON-Array wird nicht mit &apos;]&apos; geschlossen, daher ist die Datei möglicherweise unvollständig. Die Elemente vor dieser Zeile wurden gelesen. Falls Zeilen fehlen, laden Sie die Datei erneut herunter.</translation>
    </message>
</context>
<context>
    <name>Flowscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Takes effect when Flowscope starts again</source>
        <translation>Wirkt beim nächsten Start von Flowscope</translation>
    </message>
</context>
<context>
    <name>Flowscope::MainWindow</name>
    <message>
        <source>Flowscope workspaces (*.flowscope);;All files (*)</source>
        <translation>Flowscope-Arbeitsbereiche (*.flowscope);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Eine leere Arbeitsbereichsdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an existing workspace file</source>
        <translation>Eine vorhandene Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import Athena query results or UNLOAD files</source>
        <translation>Athena-Abfrageergebnisse oder UNLOAD-Dateien importieren</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text</source>
        <translation>Die ausgewählten Zellen als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>Type into the filter of the current page</source>
        <translation>In den Filter der aktuellen Seite schreiben</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>The new language applies when Flowscope starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Flowscope.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Flowscope</source>
        <translation>&amp;Über Flowscope</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Untitled.flowscope</source>
        <translation>Unbenannt.flowscope</translation>
    </message>
    <message>
        <source>%1 exists already. Open it as a workspace instead of creating a new one?</source>
        <translation>%1 existiert bereits. Als Arbeitsbereich öffnen, statt einen neuen anzulegen?</translation>
    </message>
    <message>
        <source>%1 — Flowscope</source>
        <translation>%1 — Flowscope</translation>
    </message>
    <message>
        <source>About Flowscope</source>
        <translation>Über Flowscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;Browse, filter and export Amazon Connect data lake flow events and test runs from a local workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;Flussereignisse und Testläufe aus dem Amazon-Connect-Data-Lake in einer lokalen Arbeitsbereichsdatei durchsuchen, filtern und exportieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Only local files and folders can be imported.</source>
        <translation>Nur lokale Dateien und Ordner können importiert werden.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export what the current page shows as CSV, Excel, PDF, an image or Athena SQL</source>
        <translation>Exportieren, was die aktuelle Seite zeigt, als CSV, Excel, PDF, Bild oder Athena-SQL</translation>
    </message>
    <message>
        <source>This page has nothing to export. Open a page with a table or chart.</source>
        <translation>Diese Seite hat nichts zu exportieren. Öffnen Sie eine Seite mit einer Tabelle oder einem Diagramm.</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled after its upgrade had finished, so the file is now workspace version %2.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen, nachdem die Aktualisierung bereits abgeschlossen war. Die Datei hat daher jetzt Arbeitsbereichsversion %2.</translation>
    </message>
</context>
<context>
    <name>Flowscope::OutcomeChart</name>
    <message>
        <source>Flow outcomes over time</source>
        <translation>Flow-Ergebnisse im Zeitverlauf</translation>
    </message>
    <message>
        <source>The filtered rows span more than %1 buckets. Choose a larger bucket or a shorter time range.</source>
        <translation>Die gefilterten Zeilen umfassen mehr als %1 Intervalle. Wählen Sie ein größeres Intervall oder einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>No flow event with an end_timestamp matches the filter.</source>
        <translation>Kein Flussereignis mit end_timestamp passt zum Filter.</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>Woche ab %1</translation>
    </message>
    <message>
        <source>Flow outcomes over time (%1)</source>
        <translation>Flow-Ergebnisse im Zeitverlauf (%1)</translation>
    </message>
    <message>
        <source>Flow outcomes over time, %1 to %2 (%3)</source>
        <translation>Flow-Ergebnisse im Zeitverlauf, %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Flow events</source>
        <translation>Flussereignisse</translation>
    </message>
    <message>
        <source>Flow outcomes</source>
        <translation>Flow-Ergebnisse</translation>
    </message>
</context>
<context>
    <name>Flowscope::Pages</name>
    <message>
        <source>Flow events: %L1</source>
        <translation>Flussereignisse: %L1</translation>
    </message>
    <message>
        <source>Test runs: %L1</source>
        <translation>Testläufe: %L1</translation>
    </message>
    <message>
        <source>Flow events</source>
        <translation>Flussereignisse</translation>
    </message>
    <message>
        <source>Contact id contains…</source>
        <translation>Kontakt-ID enthält…</translation>
    </message>
    <message>
        <source>Any instance</source>
        <translation>Jede Instanz</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Jeder Kanal</translation>
    </message>
    <message>
        <source>Any flow type</source>
        <translation>Jeder Flow-Typ</translation>
    </message>
    <message>
        <source>Any initiation method</source>
        <translation>Jede Auslösungsart</translation>
    </message>
    <message>
        <source>Any flow</source>
        <translation>Jeder Flow</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Any queue</source>
        <translation>Jede Warteschlange</translation>
    </message>
    <message>
        <source>This workspace holds no flow events. Import contact_flow_events exports with File &gt; Import Files, or drop them on this window.</source>
        <translation>Dieser Arbeitsbereich enthält keine Flussereignisse. Importieren Sie contact_flow_events-Exporte mit Datei &gt; Dateien importieren oder ziehen Sie sie auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Test runs</source>
        <translation>Testläufe</translation>
    </message>
    <message>
        <source>Test case contains…</source>
        <translation>Testfall enthält…</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any test type</source>
        <translation>Jeder Testtyp</translation>
    </message>
    <message>
        <source>Any execution method</source>
        <translation>Jede Ausführungsart</translation>
    </message>
    <message>
        <source>Any test channel</source>
        <translation>Jeder Testkanal</translation>
    </message>
    <message>
        <source>This workspace holds no test runs. Import connect_test_case_execution_results exports with File &gt; Import Files, or drop them on this window.</source>
        <translation>Dieser Arbeitsbereich enthält keine Testläufe. Importieren Sie connect_test_case_execution_results-Exporte mit Datei &gt; Dateien importieren oder ziehen Sie sie auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Any test subtype</source>
        <translation>Jeder Testuntertyp</translation>
    </message>
    <message>
        <source>Any initiating flow</source>
        <translation>Jeder auslösende Flow</translation>
    </message>
</context>
<context>
    <name>Flowscope::PdfReportWriter</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>No rows match the filter.</source>
        <translation>Keine Zeile passt zum Filter.</translation>
    </message>
    <message>
        <source>Time span: %1 · generated %2</source>
        <translation>Zeitraum: %1 · erstellt %2</translation>
    </message>
    <message>
        <source>Starting the PDF failed: the output cannot be written.</source>
        <translation>Das Anlegen der PDF-Datei ist fehlgeschlagen: Die Ausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Writing the PDF failed.</source>
        <translation>Das Schreiben der PDF-Datei ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Flowscope::RecentWorkspacesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt verwendeten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>Flowscope::ReportExport</name>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2. Check the free space and the folder&apos;s permissions.</source>
        <translation>Das Speichern von %1 ist fehlgeschlagen: %2. Prüfen Sie den freien Speicher und die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>The view %1 has no chart or map to export as %2. Export it as csv, xlsx, pdf or athena-sql instead.</source>
        <translation>Die Ansicht %1 hat kein Diagramm und keine Karte, die als %2 exportiert werden können. Exportieren Sie sie stattdessen als csv, xlsx, pdf oder athena-sql.</translation>
    </message>
    <message>
        <source>%1 to %2 (end excluded)</source>
        <translation>%1 bis %2 (Ende ausgeschlossen)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>all times</source>
        <translation>alle Zeiten</translation>
    </message>
    <message>
        <source>Invalid image size %1 × %2 pixels: use 1 to 32768 pixels per side.</source>
        <translation>Ungültige Bildgröße %1 × %2 Pixel: Verwenden Sie 1 bis 32768 Pixel je Seite.</translation>
    </message>
    <message>
        <source>Not enough memory for an image of %1 × %2 pixels: choose a smaller size or scale.</source>
        <translation>Nicht genug Speicher für ein Bild von %1 × %2 Pixeln: Wählen Sie eine kleinere Größe oder einen kleineren Maßstab.</translation>
    </message>
    <message>
        <source>Invalid image size %1 × %2: use a positive width and height.</source>
        <translation>Ungültige Bildgröße %1 × %2: Verwenden Sie eine positive Breite und Höhe.</translation>
    </message>
    <message>
        <source>Starting the SVG failed: the output cannot be written.</source>
        <translation>Das Anlegen der SVG-Datei ist fehlgeschlagen: Die Ausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Writing the PNG failed (%1). Check the free space, file size limits and the folder&apos;s permissions.</source>
        <translation>Das Schreiben der PNG-Datei ist fehlgeschlagen (%1). Prüfen Sie den freien Speicher, die Grenzen für die Dateigröße und die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>Writing the SVG failed: %1. Check the free space and the folder&apos;s permissions.</source>
        <translation>Das Schreiben der SVG-Datei ist fehlgeschlagen: %1. Prüfen Sie den freien Speicher und die Berechtigungen des Ordners.</translation>
    </message>
</context>
<context>
    <name>Flowscope::RowConverter</name>
    <message>
        <source>The columns match neither contact_flow_events nor connect_test_case_execution_results. Choose the table, or check that the first line is the header.</source>
        <translation>Die Spalten passen weder zu contact_flow_events noch zu connect_test_case_execution_results. Wählen Sie die Tabelle oder prüfen Sie, ob die erste Zeile die Kopfzeile ist.</translation>
    </message>
    <message>
        <source>The file has no column %1, which is part of the primary key of %2. Export the file again with every key column, or map a column to it.</source>
        <translation>Die Datei hat keine Spalte %1, die zum Primärschlüssel von %2 gehört. Exportieren Sie die Datei erneut mit allen Schlüsselspalten oder ordnen Sie ihr eine Spalte zu.</translation>
    </message>
    <message>
        <source>The file has no column %1; those values are stored as NULL.</source>
        <translation>Die Datei hat keine Spalte %1; diese Werte werden als NULL gespeichert.</translation>
    </message>
    <message>
        <source>Column %1 has no name and is ignored.</source>
        <translation>Spalte %1 hat keinen Namen und wird ignoriert.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not a column of %2 and is ignored.</source>
        <translation>Spalte „%1“ ist keine Spalte von %2 und wird ignoriert.</translation>
    </message>
    <message>
        <source>Column %1 is not in the documented schema of %2; it is kept as a text column, as newer data lake versions add columns.</source>
        <translation>Spalte %1 steht nicht im dokumentierten Schema von %2; sie wird als Textspalte behalten, da neuere Data-Lake-Versionen Spalten hinzufügen.</translation>
    </message>
    <message>
        <source>Column %1 appears more than once; only the first is imported.</source>
        <translation>Spalte %1 kommt mehrfach vor; nur die erste wird importiert.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields where the header has %3. Check for an unquoted delimiter or a missing field in that line.</source>
        <translation>Zeile %1: %2 Felder, wo die Kopfzeile %3 hat. Suchen Sie in dieser Zeile nach einem Trennzeichen ohne Anführungszeichen oder einem fehlenden Feld.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the primary key column %3 is empty, so the row cannot be stored. Every row needs a value there.</source>
        <translation>Zeile %1, Spalte %2: Die Primärschlüsselspalte %3 ist leer, daher kann die Zeile nicht gespeichert werden. Jede Zeile braucht dort einen Wert.</translation>
    </message>
    <message>
        <source>An empty text in the timestamp column %1 was stored as NULL.</source>
        <translation>Ein leerer Text in der Zeitstempelspalte %1 wurde als NULL gespeichert.</translation>
    </message>
    <message>
        <source>Line %1, column %2 (%3): %4</source>
        <translation>Zeile %1, Spalte %2 (%3): %4</translation>
    </message>
    <message>
        <source>The numbers in column %1 were read as epoch %2, judged by their size. Set the epoch unit if that is wrong.</source>
        <translation>Die Zahlen in Spalte %1 wurden nach ihrer Größe als Epoch-%2 gelesen. Legen Sie die Epoch-Einheit fest, falls das falsch ist.</translation>
    </message>
    <message>
        <source>Column %1 has digits finer than a millisecond, which the workspace does not store; they were dropped.</source>
        <translation>Spalte %1 hat Stellen feiner als eine Millisekunde, die der Arbeitsbereich nicht speichert; sie wurden verworfen.</translation>
    </message>
    <message>
        <source>Line %1, column %2 (%3): &quot;%4&quot; is not a list of strings. %5</source>
        <translation>Zeile %1, Spalte %2 (%3): „%4“ ist keine Liste von Zeichenketten. %5</translation>
    </message>
    <message>
        <source>Column %1 holds lists in Athena&apos;s [a, b] form, which cannot show whether an item itself contains &quot;, &quot;; items were split at every &quot;, &quot;. Query the column with CAST(%1 AS JSON) for exact lists.</source>
        <translation>Spalte %1 enthält Listen in Athenas Form [a, b], die nicht zeigen kann, ob ein Element selbst &quot;, &quot; enthält; die Elemente wurden an jedem &quot;, &quot; getrennt. Fragen Sie die Spalte mit CAST(%1 AS JSON) ab, um exakte Listen zu erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>The same applies to %n value(s) of column %1 in all.</source>
        <translation>
            <numerusform>Dasselbe gilt insgesamt für %n Wert der Spalte %1.</numerusform>
            <numerusform>Dasselbe gilt insgesamt für %n Werte der Spalte %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No record has a value for %1; those values are NULL.</source>
        <translation>Kein Datensatz hat einen Wert für %1; diese Werte sind NULL.</translation>
    </message>
    <message numerus="yes">
        <source>%n more column(s) that %1 does not have were ignored, because one file may add at most %2 columns. Check that this is a data lake export.</source>
        <translation>
            <numerusform>%n weitere Spalte, die %1 nicht hat, wurde ignoriert, weil eine Datei höchstens %2 Spalten hinzufügen darf. Prüfen Sie, ob dies ein Data-Lake-Export ist.</numerusform>
            <numerusform>%n weitere Spalten, die %1 nicht hat, wurden ignoriert, weil eine Datei höchstens %2 Spalten hinzufügen darf. Prüfen Sie, ob dies ein Data-Lake-Export ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>microseconds</source>
        <translation>Mikrosekunden</translation>
    </message>
    <message>
        <source>nanoseconds</source>
        <translation>Nanosekunden</translation>
    </message>
</context>
<context>
    <name>Flowscope::SelectedContactsModel</name>
    <message>
        <source>no start time</source>
        <translation>keine Startzeit</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Erstes Ereignis</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Durchläufe</translation>
    </message>
</context>
<context>
    <name>Flowscope::StagingTable</name>
    <message>
        <source>the workspace has no table %1</source>
        <translation>der Arbeitsbereich hat keine Tabelle %1</translation>
    </message>
</context>
<context>
    <name>Flowscope::Summary</name>
    <message>
        <source>Could not read the summary of workspace %1: %2. Check that the file is a Flowscope workspace and that no other program is rewriting it.</source>
        <translation>Die Übersicht von Arbeitsbereich %1 konnte nicht gelesen werden: %2. Prüfen Sie, ob die Datei ein Flowscope-Arbeitsbereich ist und kein anderes Programm sie gerade neu schreibt.</translation>
    </message>
    <message>
        <source>Could not read the summary: no workspace is open. Open a workspace first.</source>
        <translation>Die Übersicht konnte nicht gelesen werden: Kein Arbeitsbereich ist geöffnet. Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Could not read the summary of workspace %1: a query returned no row. Check that the file is a Flowscope workspace.</source>
        <translation>Die Übersicht von Arbeitsbereich %1 konnte nicht gelesen werden: Eine Abfrage lieferte keine Zeile. Prüfen Sie, ob die Datei ein Flowscope-Arbeitsbereich ist.</translation>
    </message>
</context>
<context>
    <name>Flowscope::TableQueryWorker</name>
    <message>
        <source>Reading the table %1 failed: %2. Reopen the workspace; if that fails too, check that the file is readable.</source>
        <translation>Das Lesen der Tabelle %1 ist fehlgeschlagen: %2. Öffnen Sie den Arbeitsbereich erneut; schlägt auch das fehl, prüfen Sie, ob die Datei lesbar ist.</translation>
    </message>
</context>
<context>
    <name>Flowscope::TestAnalytics</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Reading the test history of %1 failed: %2</source>
        <translation>Das Lesen des Testverlaufs von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>uncategorised</source>
        <translation>ohne Kategorie</translation>
    </message>
    <message>
        <source>The failure category with pattern &quot;%1&quot; has no name. Give it a name.</source>
        <translation>Die Fehlerkategorie mit dem Muster „%1“ hat keinen Namen. Geben Sie ihr einen Namen.</translation>
    </message>
    <message>
        <source>The failure category &quot;%1&quot; has an empty pattern, which would match every reason. Enter a regular expression.</source>
        <translation>Die Fehlerkategorie „%1“ hat ein leeres Muster, das auf jeden Grund passen würde. Geben Sie einen regulären Ausdruck ein.</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; of failure category &quot;%2&quot; is not a valid regular expression: %3 at character %4. Correct the pattern.</source>
        <translation>Das Muster „%1“ der Fehlerkategorie „%2“ ist kein gültiger regulärer Ausdruck: %3 bei Zeichen %4. Korrigieren Sie das Muster.</translation>
    </message>
    <message>
        <source>Reading the failure categories of %1 failed: %2</source>
        <translation>Das Lesen der Fehlerkategorien von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Saving the failure categories in %1 failed: %2</source>
        <translation>Das Speichern der Fehlerkategorien in %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading the failure reasons of %1 failed: %2</source>
        <translation>Das Lesen der Fehlergründe von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the window needs more than %1 buckets. Choose a larger bucket or a shorter time range.</source>
        <translation>der Zeitraum braucht mehr als %1 Intervalle. Wählen Sie ein größeres Intervall oder einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>Ranking the failing tests of %1 failed: %2</source>
        <translation>Die Rangfolge der fehlschlagenden Tests von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Pass rate = Passed / (Passed + Failed); skipped, aborted and result-less runs are left out</source>
        <translation>Erfolgsquote = Bestanden / (Bestanden + Fehlgeschlagen); übersprungene, abgebrochene und ergebnislose Läufe zählen nicht</translation>
    </message>
    <message>
        <source>Reading the test trend of %1 failed: %2</source>
        <translation>Das Lesen des Testverlaufs von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading the test KPIs of %1 failed: %2</source>
        <translation>Das Lesen der Test-Kennzahlen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading the contacts of test execution %1 in %2 failed: %3</source>
        <translation>Das Lesen der Kontakte der Testausführung %1 in %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Reading the test executions of contact %1 in %2 failed: %3</source>
        <translation>Das Lesen der Testausführungen von Kontakt %1 in %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Listing the test executions of %1 failed: %2</source>
        <translation>Das Auflisten der Testausführungen von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Flowscope::TestAnalyticsPages</name>
    <message>
        <source>Reading test execution %1 in %2 failed: %3</source>
        <translation>Das Lesen der Testausführung %1 in %2 ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>Flowscope::TestHistoryGrid</name>
    <message>
        <source>P</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>S</source>
        <translation>Ü</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>O</source>
        <translation>S</translation>
    </message>
    <message>
        <source>other result</source>
        <translation>sonstiges Ergebnis</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzte</translation>
    </message>
    <message>
        <source>Test history</source>
        <translation>Testverlauf</translation>
    </message>
</context>
<context>
    <name>Flowscope::TestHistoryModel</name>
    <message>
        <source>new failure</source>
        <translation>neuer Fehler</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>%1
%2
Execution %3</source>
        <translation>%1
%2
Ausführung %3</translation>
    </message>
    <message>
        <source>flaky</source>
        <translation>instabil</translation>
    </message>
    <message numerus="yes">
        <source>%n result switch(es) in the last %1 passed or failed runs</source>
        <translation>
            <numerusform>%n Ergebniswechsel in den letzten %1 bestandenen oder fehlgeschlagenen Läufen</numerusform>
            <numerusform>%n Ergebniswechsel in den letzten %1 bestandenen oder fehlgeschlagenen Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>At least %1 switches between Passed and Failed in the last %2 such runs</source>
        <translation>Mindestens %1 Wechsel zwischen Bestanden und Fehlgeschlagen in den letzten %2 solchen Läufen</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Testfall</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Flaky</source>
        <translation>Instabil</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
</context>
<context>
    <name>Flowscope::TestHistoryPage</name>
    <message>
        <source>Click Test case, Executions, Pass rate, Last result, Flaky or Change to sort</source>
        <translation>Zum Sortieren auf Testfall, Ausführungen, Erfolgsquote, Letztes Ergebnis, Instabil oder Änderung klicken</translation>
    </message>
    <message>
        <source>Test history</source>
        <translation>Testverlauf</translation>
    </message>
    <message>
        <source>k: how many switches between Passed and Failed make a test case flaky</source>
        <translation>k: wie viele Wechsel zwischen Bestanden und Fehlgeschlagen einen Testfall instabil machen</translation>
    </message>
    <message>
        <source>n: how many of the latest passed or failed runs the flaky rule looks at</source>
        <translation>n: wie viele der letzten bestandenen oder fehlgeschlagenen Läufe die Instabilitätsregel betrachtet</translation>
    </message>
    <message>
        <source>How many of the latest runs of each test case the grid shows</source>
        <translation>Wie viele der letzten Läufe je Testfall das Raster zeigt</translation>
    </message>
    <message>
        <source>Flaky: at least</source>
        <translation>Instabil: mindestens</translation>
    </message>
    <message>
        <source>result switches in the last</source>
        <translation>Ergebniswechsel in den letzten</translation>
    </message>
    <message>
        <source>passed or failed runs</source>
        <translation>bestandenen oder fehlgeschlagenen Läufen</translation>
    </message>
    <message>
        <source>Runs shown:</source>
        <translation>Angezeigte Läufe:</translation>
    </message>
    <message>
        <source>Reading the test history…</source>
        <translation>Der Testverlauf wird gelesen…</translation>
    </message>
    <message>
        <source>Test cases: %L1  ·  executions: %L2  ·  flaky: %L3</source>
        <translation>Testfälle: %L1  ·  Ausführungen: %L2  ·  instabil: %L3</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>The test history could not be read</source>
        <translation>Der Testverlauf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>No test runs match the filter</source>
        <translation>Keine Testläufe passen zum Filter</translation>
    </message>
    <message>
        <source>Loosen the time range or choose other values, or clear the filter.</source>
        <translation>Erweitern Sie den Zeitraum, wählen Sie andere Werte oder setzen Sie den Filter zurück.</translation>
    </message>
    <message>
        <source>No test runs yet</source>
        <translation>Noch keine Testläufe</translation>
    </message>
    <message>
        <source>This workspace holds no test runs. Import connect_test_case_execution_results exports with File &gt; Import Files, or drop them on this window.</source>
        <translation>Dieser Arbeitsbereich enthält keine Testläufe. Importieren Sie connect_test_case_execution_results-Exporte mit Datei &gt; Dateien importieren oder ziehen Sie sie auf dieses Fenster.</translation>
    </message>
</context>
<context>
    <name>Flowscope::TestKpiTiles</name>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Average duration</source>
        <translation>Mittlere Dauer</translation>
    </message>
    <message>
        <source>This period: %1
Previous period of the same length: %2, %3</source>
        <translation>Dieser Zeitraum: %1
Vorheriger Zeitraum gleicher Länge: %2, %3</translation>
    </message>
</context>
<context>
    <name>Flowscope::TestRunDetails</name>
    <message>
        <source>Double-click a contact to open its contact path</source>
        <translation>Doppelklicken Sie auf einen Kontakt, um seinen Kontaktpfad zu öffnen</translation>
    </message>
    <message>
        <source>Open contact path</source>
        <translation>Kontaktpfad öffnen</translation>
    </message>
    <message>
        <source>Show on flow map</source>
        <translation>Auf der Flow-Karte zeigen</translation>
    </message>
    <message>
        <source>Show the initiating flow of this execution and its contacts&apos; paths on the flow map</source>
        <translation>Den auslösenden Flow dieser Ausführung und die Pfade ihrer Kontakte auf der Flow-Karte zeigen</translation>
    </message>
    <message>
        <source>Failure reasons</source>
        <translation>Fehlergründe</translation>
    </message>
    <message>
        <source>Contacts of this run</source>
        <translation>Kontakte dieses Laufs</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Kein Lauf ausgewählt</translation>
    </message>
    <message>
        <source>Click a cell of the grid to see that execution, its failure reasons and the contacts it created.</source>
        <translation>Klicken Sie auf eine Zelle des Rasters, um diese Ausführung, ihre Fehlergründe und die von ihr erzeugten Kontakte zu sehen.</translation>
    </message>
    <message>
        <source>Reading the execution…</source>
        <translation>Die Ausführung wird gelesen…</translation>
    </message>
    <message>
        <source>This execution is no longer in the workspace. Reload the page to see the current runs.</source>
        <translation>Diese Ausführung ist nicht mehr im Arbeitsbereich. Laden Sie die Seite neu, um die aktuellen Läufe zu sehen.</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>Execution id</source>
        <translation>Ausführungs-ID</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>Beginn (%1)</translation>
    </message>
    <message>
        <source>End (%1)</source>
        <translation>Ende (%1)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Execution method</source>
        <translation>Ausführungsart</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Channel subtype</source>
        <translation>Kanaluntertyp</translation>
    </message>
    <message>
        <source>Initiating flow</source>
        <translation>Auslösender Flow</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Test case ARN</source>
        <translation>Testfall-ARN</translation>
    </message>
    <message>
        <source>None recorded (NULL)</source>
        <translation>Keine erfasst (NULL)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>initial contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>associated contact</source>
        <translation>zugehöriger Kontakt</translation>
    </message>
    <message>
        <source>%1 — %2, missing from this workspace</source>
        <translation>%1 — %2, fehlt in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 — %2, flow events: %L3</source>
        <translation>%1 — %2, Flussereignisse: %L3</translation>
    </message>
    <message>
        <source>The workspace holds no flow events of contact %1.</source>
        <translation>Der Arbeitsbereich enthält keine Flussereignisse von Kontakt %1.</translation>
    </message>
    <message>
        <source>Double-click to open the contact path of %1</source>
        <translation>Doppelklicken, um den Kontaktpfad von %1 zu öffnen</translation>
    </message>
    <message>
        <source>This execution lists no contacts.</source>
        <translation>Diese Ausführung führt keine Kontakte auf.</translation>
    </message>
    <message>
        <source>Contacts missing from this workspace: %L1. Import the contact_flow_events export that covers %2 (File &gt; Import Files) to see their paths.</source>
        <translation>Kontakte, die in diesem Arbeitsbereich fehlen: %L1. Importieren Sie den contact_flow_events-Export, der %2 abdeckt (Datei &gt; Dateien importieren), um ihre Pfade zu sehen.</translation>
    </message>
</context>
<context>
    <name>Flowscope::TestTrendChart</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Other result</source>
        <translation>Anderes Ergebnis</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Kein Ergebnis</translation>
    </message>
    <message>
        <source>%1-W%2</source>
        <translation>%1-KW%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 %3 (%n hours)</source>
        <translation>
            <numerusform>%1 – %2 %3 (%n Stunde)</numerusform>
            <numerusform>%1 – %2 %3 (%n Stunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>Executions: %L1</source>
        <translation>Ausführungen: %L1</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>Pass rate: %1 (%L2 of %L3 passed or failed)</source>
        <translation>Erfolgsquote: %1 (%L2 von %L3 bestanden oder fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Pass rate: – (no run passed or failed)</source>
        <translation>Erfolgsquote: – (kein Lauf bestanden oder fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Average duration: %1 (%L2 runs with an end time)</source>
        <translation>Mittlere Dauer: %1 (%L2 Läufe mit Endzeit)</translation>
    </message>
    <message>
        <source>Average duration: – (no run with an end time)</source>
        <translation>Mittlere Dauer: – (kein Lauf mit Endzeit)</translation>
    </message>
    <message>
        <source>Test executions per day</source>
        <translation>Testausführungen je Tag</translation>
    </message>
    <message>
        <source>Test executions per week</source>
        <translation>Testausführungen je Woche</translation>
    </message>
    <message>
        <source>Test executions per month</source>
        <translation>Testausführungen je Monat</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Pass rate (%)</source>
        <translation>Erfolgsquote (%)</translation>
    </message>
    <message>
        <source>Pass rate (right axis)</source>
        <translation>Erfolgsquote (rechte Achse)</translation>
    </message>
    <message>
        <source>Average duration (s)</source>
        <translation>Mittlere Dauer (s)</translation>
    </message>
    <message>
        <source>Average duration (outer right axis)</source>
        <translation>Mittlere Dauer (äußere rechte Achse)</translation>
    </message>
    <message>
        <source>Test trend</source>
        <translation>Testtrend</translation>
    </message>
</context>
<context>
    <name>Flowscope::TestTrendModel</name>
    <message>
        <source>%1-W%2 (from %3)</source>
        <translation>%1-KW%2 (ab %3)</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Kein Ergebnis</translation>
    </message>
    <message>
        <source>Other result</source>
        <translation>Anderes Ergebnis</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Average duration</source>
        <translation>Mittlere Dauer</translation>
    </message>
</context>
<context>
    <name>Flowscope::TestTrendsPage</name>
    <message>
        <source>Test trends</source>
        <translation>Testtrends</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week (from Monday)</source>
        <translation>Woche (ab Montag)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>The calendar unit of one bar, in the display time zone</source>
        <translation>Die Kalendereinheit eines Balkens, in der Anzeigezeitzone</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Intervall:</translation>
    </message>
    <message>
        <source>Show all executions</source>
        <translation>Alle Ausführungen anzeigen</translation>
    </message>
    <message>
        <source>List every execution that matches the filter again</source>
        <translation>Wieder alle Ausführungen auflisten, die zum Filter passen</translation>
    </message>
    <message>
        <source>Double-click a contact to open its flow events</source>
        <translation>Doppelklicken Sie auf einen Kontakt, um seine Flussereignisse zu öffnen</translation>
    </message>
    <message>
        <source>This workspace holds no test runs. Import connect_test_case_execution_results exports with File &gt; Import Files.</source>
        <translation>Dieser Arbeitsbereich enthält keine Testläufe. Importieren Sie connect_test_case_execution_results-Exporte mit Datei &gt; Dateien importieren.</translation>
    </message>
    <message>
        <source>No test run matches the filter. Loosen the time range or choose other values, or clear the filter.</source>
        <translation>Kein Testlauf passt zum Filter. Erweitern Sie den Zeitraum, wählen Sie andere Werte oder setzen Sie den Filter zurück.</translation>
    </message>
    <message>
        <source>The result values of %1 are still being read. Click the segment again in a moment.</source>
        <translation>Die Ergebniswerte von %1 werden noch gelesen. Klicken Sie gleich noch einmal auf das Segment.</translation>
    </message>
    <message>
        <source>%1 executions in %2: %L3</source>
        <translation>Ausführungen (%1) in %2: %L3</translation>
    </message>
    <message>
        <source>Executions that match the filter. Click a bar segment to list its executions; double-click a contact to open it.</source>
        <translation>Ausführungen, die zum Filter passen. Klicken Sie auf ein Balkensegment, um seine Ausführungen aufzulisten; doppelklicken Sie auf einen Kontakt, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Reading the test trend…</source>
        <translation>Der Testtrend wird gelesen…</translation>
    </message>
    <message>
        <source>Test executions: %L1 in %L2 buckets</source>
        <translation>Testausführungen: %L1 in %L2 Intervallen</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Open contact %1</source>
        <translation>Kontakt %1 öffnen</translation>
    </message>
    <message>
        <source>Opening %1 for the test trend failed: %2. Check that the file exists and is readable, then reload.</source>
        <translation>Das Öffnen von %1 für den Testtrend ist fehlgeschlagen: %2. Prüfen Sie, ob die Datei existiert und lesbar ist, und laden Sie dann neu.</translation>
    </message>
    <message>
        <source>Reading the %1 executions in %2…</source>
        <translation>Die Ausführungen (%1) in %2 werden gelesen…</translation>
    </message>
    <message>
        <source>The first %L1 by start time are listed.</source>
        <translation>Die ersten %L1 nach Startzeit werden aufgelistet.</translation>
    </message>
    <message>
        <source>Opening %1 for the execution list failed: %2. Check that the file exists and is readable, then reload.</source>
        <translation>Das Öffnen von %1 für die Ausführungsliste ist fehlgeschlagen: %2. Prüfen Sie, ob die Datei existiert und lesbar ist, und laden Sie dann neu.</translation>
    </message>
</context>
<context>
    <name>Flowscope::TextFileReader</name>
    <message>
        <source>Line %1: the line is longer than 64 MiB, so it was skipped. Check that the file is an Athena TEXTFILE export.</source>
        <translation>Zeile %1: Die Zeile ist länger als 64 MiB und wurde daher übersprungen. Prüfen Sie, ob die Datei ein Athena-TEXTFILE-Export ist.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields where %3 columns were expected. Check that the chosen table (or the column list) matches the export&apos;s columns.</source>
        <translation>Zeile %1: %2 Felder, wo %3 Spalten erwartet wurden. Prüfen Sie, ob die gewählte Tabelle (oder die Spaltenliste) zu den Spalten des Exports passt.</translation>
    </message>
</context>
<context>
    <name>Flowscope::TimeZoneCombo</name>
    <message>
        <source>The time zone every time is shown and entered in</source>
        <translation>Die Zeitzone, in der alle Zeiten angezeigt und eingegeben werden</translation>
    </message>
</context>
<context>
    <name>Flowscope::ValueParser</name>
    <message>
        <source>&quot;%1&quot; is not a timestamp. Expected YYYY-MM-DD HH:MM:SS with up to 12 fraction digits, a &quot;T&quot; or space between date and time, and an optional &quot;Z&quot;, &quot;UTC&quot; or ±hh:mm offset; a date YYYY-MM-DD; or epoch seconds, milliseconds, microseconds or nanoseconds.</source>
        <translation>„%1“ ist kein Zeitstempel. Erwartet wird YYYY-MM-DD HH:MM:SS mit bis zu 12 Nachkommastellen, ein „T“ oder Leerzeichen zwischen Datum und Uhrzeit und optional „Z“, „UTC“ oder ein Versatz ±hh:mm; ein Datum YYYY-MM-DD; oder Epoch-Sekunden, -Millisekunden, -Mikrosekunden oder -Nanosekunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an offset out of range: hours must be 00 to 23 and minutes 00 to 59.</source>
        <translation>„%1“ hat einen Versatz außerhalb des Bereichs: Stunden müssen 00 bis 23 und Minuten 00 bis 59 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has month %2; months run from 1 to 12.</source>
        <translation>„%1“ hat den Monat %2; Monate gehen von 1 bis 12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has day %2, which month %3 of %4 does not have.</source>
        <translation>„%1“ hat den Tag %2, den der Monat %3 von %4 nicht hat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time out of range: hours run from 0 to 23, minutes and seconds from 0 to 59 (leap seconds are not accepted).</source>
        <translation>„%1“ hat eine Uhrzeit außerhalb des Bereichs: Stunden gehen von 0 bis 23, Minuten und Sekunden von 0 bis 59 (Schaltsekunden werden nicht angenommen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the time zone &quot;%2&quot;, which is not known. Use an IANA name such as Europe/Berlin, or an offset such as +01:00.</source>
        <translation>„%1“ nennt die Zeitzone „%2“, die nicht bekannt ist. Verwenden Sie einen IANA-Namen wie Europe/Berlin oder einen Versatz wie +01:00.</translation>
    </message>
    <message>
        <source>The epoch number &quot;%1&quot; is too large for a timestamp.</source>
        <translation>Die Epoch-Zahl „%1“ ist zu groß für einen Zeitstempel.</translation>
    </message>
    <message>
        <source>The timestamp is empty. Expected a date and time such as 2026-11-03 14:05:09.123, or an epoch number.</source>
        <translation>Der Zeitstempel ist leer. Erwartet wird ein Datum mit Uhrzeit wie 2026-11-03 14:05:09.123 oder eine Epoch-Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the date pattern &quot;%2&quot;. Correct the pattern, for example dd/MM/yyyy HH:mm.</source>
        <translation>„%1“ passt nicht zum Datumsmuster „%2“. Korrigieren Sie das Muster, zum Beispiel dd/MM/yyyy HH:mm.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a locale-formatted date whose order of day and month cannot be known. Give the date pattern, for example dd/MM/yyyy HH:mm or MM/dd/yyyy hh:mm:ss AP.</source>
        <translation>„%1“ ist ein länderspezifisch formatiertes Datum, bei dem die Reihenfolge von Tag und Monat nicht feststeht. Geben Sie das Datumsmuster an, zum Beispiel dd/MM/yyyy HH:mm oder MM/dd/yyyy hh:mm:ss AP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timestamp and does not match the date pattern &quot;%2&quot;.</source>
        <translation>„%1“ ist kein Zeitstempel und passt nicht zum Datumsmuster „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array. Expected a JSON array such as [&quot;a&quot;,&quot;b&quot;] or Athena&apos;s rendering such as [a, b].</source>
        <translation>„%1“ ist kein Array. Erwartet wird ein JSON-Array wie [&quot;a&quot;,&quot;b&quot;] oder Athenas Darstellung wie [a, b].</translation>
    </message>
    <message>
        <source>it does not start with &quot;[&quot;</source>
        <translation>es beginnt nicht mit „[“</translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;]&quot; is missing at byte %1</source>
        <translation>bei Byte %1 fehlt „,“ oder „]“</translation>
    </message>
    <message>
        <source>text follows the closing &quot;]&quot;</source>
        <translation>auf das schließende „]“ folgt Text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid JSON array of strings: %2.</source>
        <translation>„%1“ ist kein gültiges JSON-Array von Zeichenketten: %2.</translation>
    </message>
    <message>
        <source>byte %1 starts neither a string, a number, a boolean nor null</source>
        <translation>Byte %1 beginnt weder eine Zeichenkette noch eine Zahl, einen Wahrheitswert oder null</translation>
    </message>
    <message>
        <source>the number at byte %1 is malformed</source>
        <translation>die Zahl bei Byte %1 ist fehlerhaft</translation>
    </message>
    <message>
        <source>the escape &quot;\%1&quot; at byte %2 is not valid JSON</source>
        <translation>die Escape-Sequenz „\%1“ bei Byte %2 ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the string that starts at byte %1 is not closed</source>
        <translation>die Zeichenkette ab Byte %1 wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the \u escape at byte %1 needs four hex digits</source>
        <translation>die \u-Escape-Sequenz bei Byte %1 braucht vier Hexadezimalziffern</translation>
    </message>
</context>
<context>
    <name>Flowscope::VariantsModel</name>
    <message>
        <source>queue: %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
</context>
<context>
    <name>Flowscope::Workspace</name>
    <message>
        <source>Workspace %1 was not found. Check the path, or import files to create it.</source>
        <translation>Arbeitsbereich %1 wurde nicht gefunden. Prüfen Sie den Pfad oder importieren Sie Dateien, um ihn anzulegen.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file. Choose a file name such as analysis.flowscope.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei. Wählen Sie einen Dateinamen wie analyse.flowscope.</translation>
    </message>
    <message>
        <source>Workspace %1 cannot be read: permission denied.</source>
        <translation>Arbeitsbereich %1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>%1 is empty, so there is nothing to open read-only.</source>
        <translation>%1 ist leer, daher gibt es nichts schreibgeschützt zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot create workspace %1: the folder %2 does not exist.</source>
        <translation>Arbeitsbereich %1 kann nicht angelegt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create workspace %1: the folder %2 is read-only. Choose a folder you can write to.</source>
        <translation>Arbeitsbereich %1 kann nicht angelegt werden: Der Ordner %2 ist schreibgeschützt. Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>%1 is not a Flowscope workspace: it is not a SQLite database. If it is an export, import it into a workspace instead.</source>
        <translation>%1 ist kein Flowscope-Arbeitsbereich: Es ist keine SQLite-Datenbank. Ist es ein Export, importieren Sie ihn stattdessen in einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Workspace %1 is in a read-only folder, and SQLite needs to write its journal beside it. Copy it to a folder you can write to.</source>
        <translation>Arbeitsbereich %1 liegt in einem schreibgeschützten Ordner, und SQLite muss sein Journal daneben schreiben. Kopieren Sie ihn in einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Cannot open workspace %1: %2</source>
        <translation>Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot create workspace %1: %2</source>
        <translation>Arbeitsbereich %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a workspace: %2. The file may be damaged; restore it from a backup or import the exports into a new workspace.</source>
        <translation>%1 kann nicht als Arbeitsbereich gelesen werden: %2. Die Datei ist möglicherweise beschädigt; stellen Sie sie aus einer Sicherung wieder her oder importieren Sie die Exporte in einen neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database, but not a Flowscope workspace. Import exports into a new workspace instead of opening another program&apos;s database.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Flowscope-Arbeitsbereich. Importieren Sie Exporte in einen neuen Arbeitsbereich, statt die Datenbank eines anderen Programms zu öffnen.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Flowscope (workspace version %2; this version reads up to %3). Update Flowscope to open it.</source>
        <translation>%1 wurde von einem neueren Flowscope geschrieben (Arbeitsbereichsversion %2; diese Version liest bis %3). Aktualisieren Sie Flowscope, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade from workspace version %2 to %3, which cannot be done read-only. Open it for writing once.</source>
        <translation>%1 muss von Arbeitsbereichsversion %2 auf %3 aktualisiert werden, was schreibgeschützt nicht möglich ist. Öffnen Sie ihn einmal zum Schreiben.</translation>
    </message>
    <message>
        <source>%1 is missing the table %2, so it is damaged or was changed by another program. Import the exports into a new workspace.</source>
        <translation>%1 fehlt die Tabelle %2, er ist also beschädigt oder wurde von einem anderen Programm verändert. Importieren Sie die Exporte in einen neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>workspace version %1 is not a version Flowscope wrote</source>
        <translation>Arbeitsbereichsversion %1 ist keine Version, die Flowscope geschrieben hat</translation>
    </message>
    <message>
        <source>Workspace %1 is in a read-only folder, and SQLite needs to create a small file beside it even to read it. Copy it to a folder you can write to.</source>
        <translation>Der Arbeitsbereich %1 liegt in einem schreibgeschützten Ordner, und SQLite muss selbst zum Lesen eine kleine Datei daneben anlegen. Kopieren Sie ihn in einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>another program is writing to it, for example an import. Try again when that has finished</source>
        <translation>ein anderes Programm schreibt gerade hinein, etwa ein Import. Versuchen Sie es erneut, wenn dieser beendet ist</translation>
    </message>
    <message>
        <source>the upgrade was cancelled</source>
        <translation>die Aktualisierung wurde abgebrochen</translation>
    </message>
    <message>
        <source>Workspace %1 is read-only. Give yourself write permission on it, or copy it and make the copy writable.</source>
        <translation>Arbeitsbereich %1 ist schreibgeschützt. Geben Sie sich Schreibrechte darauf, oder kopieren Sie ihn und machen Sie die Kopie beschreibbar.</translation>
    </message>
    <message>
        <source>%1 is locked by another program, for example an import that is still running. Try again when it has finished.</source>
        <translation>%1 ist von einem anderen Programm gesperrt, etwa einem noch laufenden Import. Versuchen Sie es erneut, wenn dieser beendet ist.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 from workspace version %2: %3. The file was not changed. If this happens again, another program may have changed the file, so import the exports into a new workspace.</source>
        <translation>%1 kann nicht von Arbeitsbereichsversion %2 aktualisiert werden: %3. Die Datei wurde nicht verändert. Wenn das erneut geschieht, hat möglicherweise ein anderes Programm die Datei verändert. Importieren Sie die Exporte dann in einen neuen Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>Flowscope::WorkspaceOpener</name>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Upgrading %1 from workspace version %2 to %3.
This happens once and can take a minute for a large workspace.
Cancel leaves the file as it was.</source>
        <translation>%1 wird von Arbeitsbereichsversion %2 auf %3 aktualisiert.
Das geschieht einmalig und kann bei einem großen Arbeitsbereich eine Minute dauern.
Abbrechen lässt die Datei unverändert.</translation>
    </message>
</context>
<context>
    <name>Flowscope::WorkspaceTableModel</name>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>NULL: the export has no value here</source>
        <translation>NULL: Der Export hat hier keinen Wert</translation>
    </message>
    <message>
        <source>Empty list</source>
        <translation>Leere Liste</translation>
    </message>
    <message>
        <source>%1 (%2 ms since 1970-01-01 UTC)</source>
        <translation>%1 (%2 ms seit 1970-01-01 UTC)</translation>
    </message>
    <message>
        <source>%1: a time, shown in the display time zone</source>
        <translation>%1: eine Zeit, in der Anzeigezeitzone dargestellt</translation>
    </message>
    <message>
        <source>%1: a list of values</source>
        <translation>%1: eine Liste von Werten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse and filter Amazon Connect data lake flow events and test runs.</source>
        <translation>Flussereignisse und Testläufe aus dem Amazon-Connect-Data-Lake durchsuchen und filtern.</translation>
    </message>
    <message>
        <source>Open the workspace FILE; it is created when it does not exist.</source>
        <translation>Den Arbeitsbereich DATEI öffnen; er wird angelegt, wenn er nicht existiert.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Export files or folders to import.</source>
        <translation>Zu importierende Exportdateien oder -ordner.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[DATEI...]</translation>
    </message>
</context>
</TS>
