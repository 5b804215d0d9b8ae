<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ContactPathPage</name>
    <message numerus="yes">
        <source>Contact %1: %n flow event(s)</source>
        <translation>
            <numerusform>Contact %1: %n flow event</numerusform>
            <numerusform>Contact %1: %n flow events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The id occurs in %n instance(s); choose one beside the search box.</source>
        <translation>
            <numerusform>The id occurs in %n instance; choose one beside the search box.</numerusform>
            <numerusform>The id occurs in %n instances; choose one beside the search box.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::BrowserPage</name>
    <message numerus="yes">
        <source>Showing the flow events of %n contact(s) chosen on another page.</source>
        <translation>
            <numerusform>Showing the flow events of %n contact chosen on another page.</numerusform>
            <numerusform>Showing the flow events of %n contacts chosen on another page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the test runs that created %n contact(s) chosen on another page.</source>
        <translation>
            <numerusform>Showing the test runs that created %n contact chosen on another page.</numerusform>
            <numerusform>Showing the test runs that created %n contacts chosen on another page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::ChoiceButton</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n more)</numerusform>
            <numerusform>%1 (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::Cli::Export</name>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2.
</source>
        <translation>
            <numerusform>Exported %n row of %1 to %2.
</numerusform>
            <numerusform>Exported %n rows of %1 to %2.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) starting with = + - @, tab or CR got a leading apostrophe so that spreadsheets do not run them as formulas; --allow-formulas keeps them as they are.
</source>
        <translation>
            <numerusform>%n cell starting with = + - @, tab or CR got a leading apostrophe so that spreadsheets do not run it as a formula; --allow-formulas keeps it as it is.
</numerusform>
            <numerusform>%n cells starting with = + - @, tab or CR got a leading apostrophe so that spreadsheets do not run them as formulas; --allow-formulas keeps them as they are.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were cut to Excel&apos;s limit of 32,767 characters.
</source>
        <translation>
            <numerusform>%n cell was cut to Excel&apos;s limit of 32,767 characters.
</numerusform>
            <numerusform>%n cells were cut to Excel&apos;s limit of 32,767 characters.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::Cli::ImportNames</name>
    <message numerus="yes">
        <source>Stored %n name(s).
</source>
        <translation>
            <numerusform>Stored %n name.
</numerusform>
            <numerusform>Stored %n names.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::ExportDialog</name>
    <message numerus="yes">
        <source>%n cell(s) starting with =, +, -, @, tab or a carriage return got a leading apostrophe, so that spreadsheets do not run them as formulas.</source>
        <translation>
            <numerusform>%n cell starting with =, +, -, @, tab or a carriage return got a leading apostrophe, so that spreadsheets do not run it as a formula.</numerusform>
            <numerusform>%n cells starting with =, +, -, @, tab or a carriage return got a leading apostrophe, so that spreadsheets do not run them as formulas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::Filter</name>
    <message numerus="yes">
        <source>contacts %1 and %n more</source>
        <translation>
            <numerusform>contacts %1 and %n more</numerusform>
            <numerusform>contacts %1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::FlowMapPage</name>
    <message numerus="yes">
        <source>Only the %n contact(s) of a selection</source>
        <translation>
            <numerusform>Only the %n contact of a selection</numerusform>
            <numerusform>Only the %n contacts of a selection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) follow the selected variants.</source>
        <translation>
            <numerusform>%n contact follows the selected variants.</numerusform>
            <numerusform>%n contacts follow the selected variants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) pass through %1.</source>
        <translation>
            <numerusform>%n contact passes through %1.</numerusform>
            <numerusform>%n contacts pass through %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more path(s) between the shown activities stay hidden because a map of more than %L1 paths takes too long to lay out. Drag the Activities slider to the left to see every path between fewer activities.</source>
        <translation>
            <numerusform>%Ln more path between the shown activities stays hidden because a map of more than %L1 paths takes too long to lay out. Drag the Activities slider to the left to see every path between fewer activities.</numerusform>
            <numerusform>%Ln more paths between the shown activities stay hidden because a map of more than %L1 paths takes too long to lay out. Drag the Activities slider to the left to see every path between fewer activities.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::FlowMetricsModel</name>
    <message numerus="yes">
        <source>end_timestamp − start_timestamp over the %Ln ended rows</source>
        <translation>
            <numerusform>end_timestamp − start_timestamp over the %Ln ended row</numerusform>
            <numerusform>end_timestamp − start_timestamp over the %Ln ended rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::FlowMetricsPage</name>
    <message numerus="yes">
        <source>%Ln flow(s), </source>
        <translation>
            <numerusform>%Ln flow, </numerusform>
            <numerusform>%Ln flows, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln flow event(s). Times are end − start over rows with an end; outcome shares are of those rows.</source>
        <translation>
            <numerusform>%Ln flow event. Times are end − start over rows with an end; outcome shares are of those rows.</numerusform>
            <numerusform>%Ln flow events. Times are end − start over rows with an end; outcome shares are of those rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::ImportDetectionPage</name>
    <message numerus="yes">
        <source>…and %Ln more; the Status column&apos;s tool tip gives each reason.</source>
        <translation>
            <numerusform>…and %Ln more; the Status column&apos;s tool tip gives each reason.</numerusform>
            <numerusform>…and %Ln more; the Status column&apos;s tool tip gives each reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) detected.</source>
        <translation>
            <numerusform>%n file detected.</numerusform>
            <numerusform>%n files detected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked, %1 can be imported.</source>
        <translation>
            <numerusform>%n file checked, %1 can be imported.</numerusform>
            <numerusform>%n files checked, %1 can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln input(s) cannot be imported; the import leaves them out.</source>
        <translation>
            <numerusform>%Ln input cannot be imported; the import leaves it out.</numerusform>
            <numerusform>%Ln inputs cannot be imported; the import leaves them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) lack a primary key column under its own name: map a file column to it on the next page.</source>
        <translation>
            <numerusform>%Ln file lacks a primary key column under its own name: map a file column to it on the next page.</numerusform>
            <numerusform>%Ln files lack a primary key column under its own name: map a file column to it on the next page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of %1: the first %Ln row(s) as read, not converted, because the file cannot be imported as it is.</source>
        <translation>
            <numerusform>Preview of %1: the first %Ln row as read, not converted, because the file cannot be imported as it is.</numerusform>
            <numerusform>Preview of %1: the first %Ln rows as read, not converted, because the file cannot be imported as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of %1: the first %Ln row(s).</source>
        <translation>
            <numerusform>Preview of %1: the first %Ln row.</numerusform>
            <numerusform>Preview of %1: the first %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of %1: all %Ln row(s).</source>
        <translation>
            <numerusform>Preview of %1: its only row.</numerusform>
            <numerusform>Preview of %1: all %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these row(s) would be rejected. Nothing has been written yet.</source>
        <translation>
            <numerusform>%Ln of these rows would be rejected. Nothing has been written yet.</numerusform>
            <numerusform>%Ln of these rows would be rejected. Nothing has been written yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::ImportFilesPage</name>
    <message numerus="yes">
        <source>Folder, %Ln data file(s)</source>
        <translation>
            <numerusform>Folder, %Ln data file</numerusform>
            <numerusform>Folder, %Ln data files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln data file(s), %1 in all.</source>
        <translation>
            <numerusform>%Ln data file, %1 in all.</numerusform>
            <numerusform>%Ln data files, %1 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::ImportMappingPage</name>
    <message numerus="yes">
        <source>No file column goes to the primary key column(s) %1, so the file would be rejected. Choose a file column for each.</source>
        <translation>
            <numerusform>No file column goes to the primary key column %1, so the file would be rejected. Choose a file column for each.</numerusform>
            <numerusform>No file column goes to the primary key columns %1, so the file would be rejected. Choose a file column for each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n column(s))</source>
        <translation>
            <numerusform>%1 (%2, %n column)</numerusform>
            <numerusform>%1 (%2, %n columns)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) have the same columns and are mapped the same way.</source>
        <translation>
            <numerusform>%n other file has the same columns and is mapped the same way.</numerusform>
            <numerusform>%n other files have the same columns and are mapped the same way.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have other columns: choose one above to check its mapping.</source>
        <translation>
            <numerusform>%n file has other columns: choose it above to check its mapping.</numerusform>
            <numerusform>%n files have other columns: choose one above to check its mapping.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::ImportOptionsPage</name>
    <message numerus="yes">
        <source>Ready to import %n file(s) into %1.</source>
        <translation>
            <numerusform>Ready to import %n file into %1.</numerusform>
            <numerusform>Ready to import %n files into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected on the detection page will not be imported: %1. Go back to that page to read why.</source>
        <translation>
            <numerusform>%n file rejected on the detection page will not be imported: %1. Go back to that page to read why.</numerusform>
            <numerusform>%n files rejected on the detection page will not be imported: %1. Go back to that page to read why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview found no bad row in the first %Ln row(s) of %1.</source>
        <translation>
            <numerusform>The preview found no bad row in the first %Ln row of %1.</numerusform>
            <numerusform>The preview found no bad row in the first %Ln rows of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview found %Ln bad row(s) in the first %1 rows of %2: Abort would import nothing, Skip would leave them out.</source>
        <translation>
            <numerusform>The preview found %Ln bad row in the first %1 rows of %2: Abort would import nothing, Skip would leave them out.</numerusform>
            <numerusform>The preview found %Ln bad rows in the first %1 rows of %2: Abort would import nothing, Skip would leave them out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::ImportPreview</name>
    <message numerus="yes">
        <source>%n timestamp(s) could not be read</source>
        <translation>
            <numerusform>%n timestamp could not be read</numerusform>
            <numerusform>%n timestamps could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) are ambiguous: set a date pattern in the options</source>
        <translation>
            <numerusform>%n date is ambiguous: set a date pattern in the options</numerusform>
            <numerusform>%n dates are ambiguous: set a date pattern in the options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) could not be read</source>
        <translation>
            <numerusform>%n list could not be read</numerusform>
            <numerusform>%n lists could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have no primary key value</source>
        <translation>
            <numerusform>%n row has no primary key value</numerusform>
            <numerusform>%n rows have no primary key value</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have the wrong number of fields</source>
        <translation>
            <numerusform>%n row has the wrong number of fields</numerusform>
            <numerusform>%n rows have the wrong number of fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a misplaced quote</source>
        <translation>
            <numerusform>%n row has a misplaced quote</numerusform>
            <numerusform>%n rows have a misplaced quote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are not valid JSON</source>
        <translation>
            <numerusform>%n record is not valid JSON</numerusform>
            <numerusform>%n records are not valid JSON</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are not valid text in the file&apos;s encoding</source>
        <translation>
            <numerusform>%n value is not valid text in the file&apos;s encoding</numerusform>
            <numerusform>%n values are not valid text in the file&apos;s encoding</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would be rejected</source>
        <translation>
            <numerusform>%n row would be rejected</numerusform>
            <numerusform>%n rows would be rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::ImportProgressPage</name>
    <message numerus="yes">
        <source>%Ln row(s) read, %1 rows per second</source>
        <translation>
            <numerusform>%Ln row read, %1 rows per second</numerusform>
            <numerusform>%Ln rows read, %1 rows per second</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::ImportResultPage</name>
    <message numerus="yes">
        <source>All %Ln row(s) were read without a problem.</source>
        <translation>
            <numerusform>The only row was read without a problem.</numerusform>
            <numerusform>All %Ln rows were read without a problem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were rejected and not imported; they are listed below.</source>
        <translation>
            <numerusform>%Ln row was rejected and not imported; it is listed below.</numerusform>
            <numerusform>%Ln rows were rejected and not imported; they are listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %1 of %Ln warning(s) are listed.</source>
        <translation>
            <numerusform>Only the first %1 of %Ln warning is listed.</numerusform>
            <numerusform>Only the first %1 of %Ln warnings are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::Importer</name>
    <message numerus="yes">
        <source>None of the %n file(s) could be imported; the warnings say why. The workspace is unchanged.</source>
        <translation>
            <numerusform>The file could not be imported; the warnings say why. The workspace is unchanged.</numerusform>
            <numerusform>None of the %n files could be imported; the warnings say why. The workspace is unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %n row(s) with only empty fields, as spreadsheets write them, were skipped.</source>
        <translation>
            <numerusform>Line %1: %n row with only empty fields, as spreadsheets write them, was skipped.</numerusform>
            <numerusform>Line %1: %n rows with only empty fields, as spreadsheets write them, were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::InputSource</name>
    <message numerus="yes">
        <source>%1 has %n columns</source>
        <translation>
            <numerusform>%1 has %n column</numerusform>
            <numerusform>%1 has %n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::RowConverter</name>
    <message numerus="yes">
        <source>The same applies to %n value(s) of column %1 in all.</source>
        <translation>
            <numerusform>The same applies to %n value of column %1.</numerusform>
            <numerusform>The same applies to %n values of column %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more column(s) that %1 does not have were ignored, because one file may add at most %2 columns. Check that this is a data lake export.</source>
        <translation>
            <numerusform>%n more column that %1 does not have was ignored, because one file may add at most %2 columns. Check that this is a data lake export.</numerusform>
            <numerusform>%n more columns that %1 does not have were ignored, because one file may add at most %2 columns. Check that this is a data lake export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::TestHistoryModel</name>
    <message numerus="yes">
        <source>%n result switch(es) in the last %1 passed or failed runs</source>
        <translation>
            <numerusform>%n result switch in the last %1 passed or failed runs</numerusform>
            <numerusform>%n result switches in the last %1 passed or failed runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowscope::TestTrendChart</name>
    <message numerus="yes">
        <source>%1 – %2 %3 (%n hours)</source>
        <translation>
            <numerusform>%1 – %2 %3 (%n hour)</numerusform>
            <numerusform>%1 – %2 %3 (%n hours)</numerusform>
        </translation>
    </message>
</context>
</TS>
