#pragma once

#include "importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Flowscope::Cli {

// Writes UTF-8 text to stdout as is.
void printOut(const QString &text);
// Writes "flowscope-cli: message" and a line break to stderr.
void printError(const QString &message);
// Writes UTF-8 text to stderr as is.
void printDiagnostic(const QString &text);
// Writes one indented JSON document and a line break to stdout.
void printJson(const QJsonObject &document);

bool stderrIsTerminal();

// "2026-11-03T14:05:09.123Z", or `absent` when there is no value.
QString formatTimestamp(std::optional<qint64> epochMs, const QString &absent);
// The same text as a JSON string, or null when there is no value.
QJsonValue jsonTimestamp(std::optional<qint64> epochMs);

// Lays out rows as columns separated by two spaces. Columns listed in
// `rightAligned` (0-based) are padded on the left, for numbers. Every line
// ends with a line break; trailing spaces are trimmed. Control characters
// show as escapes (\n, \t, \u001b) and cells over 120 characters are
// shortened in the middle, because values come from untrusted files.
QString alignedTable(const QList<QStringList> &rows, const QList<int> &rightAligned = {});

// A single status line on stderr that rewrites itself while an import runs:
// percent of bytes, rows read and rows per second, then the merge. Redraws at
// most five times a second within a phase, so a fast import does not spend
// its time on the terminal.
class ProgressLine
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::Cli::ProgressLine)

public:
    // A disabled line prints nothing; use it when stderr is not a terminal.
    explicit ProgressLine(bool enabled);

    void update(const ImportProgress &progress);
    // Erases the line, so later output starts on a clean line.
    void finish();

private:
    static constexpr qint64 RedrawIntervalMs = 200;

    bool m_enabled = false;
    bool m_drawn = false;
    QElapsedTimer m_sinceStart;
    qint64 m_lastDrawMs = -RedrawIntervalMs;
    ImportProgress::Phase m_lastPhase = ImportProgress::Phase::Reading;
};

} // namespace Flowscope::Cli
