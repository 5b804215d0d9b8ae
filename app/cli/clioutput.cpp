#include "clioutput.h"

#include "valueparser.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace Flowscope::Cli {

namespace {

void writeUtf8(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void printOut(const QString &text)
{
    writeUtf8(stdout, text);
}

void printError(const QString &message)
{
    writeUtf8(stderr, QStringLiteral("flowscope-cli: ") + message + QLatin1Char('\n'));
}

void printDiagnostic(const QString &text)
{
    writeUtf8(stderr, text);
}

void printJson(const QJsonObject &document)
{
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

bool stderrIsTerminal()
{
    return isatty(fileno(stderr)) == 1;
}

QString formatTimestamp(std::optional<qint64> epochMs, const QString &absent)
{
    return epochMs ? formatTimestampUtc(*epochMs) : absent;
}

QJsonValue jsonTimestamp(std::optional<qint64> epochMs)
{
    return epochMs ? QJsonValue(formatTimestampUtc(*epochMs)) : QJsonValue(QJsonValue::Null);
}

QString tableCell(const QString &value)
{
    // Values come from input files: a control character could move the
    // terminal's cursor or split a row, so it is shown as an escape.
    QString cell;
    for (const QChar character : value) {
        const char16_t code = character.unicode();
        if (code == '\n')
            cell += QStringLiteral("\\n");
        else if (code == '\t')
            cell += QStringLiteral("\\t");
        else if (code < 0x20 || (code >= 0x7f && code < 0xa0) || code == 0x2028 || code == 0x2029)
            cell += QStringLiteral("\\u%1").arg(int(code), 4, 16, QLatin1Char('0'));
        else
            cell += character;
    }

    // One very long id would widen every row of its column.
    constexpr qsizetype MaxCellLength = 120;
    if (cell.size() > MaxCellLength) {
        const qsizetype kept = (MaxCellLength - 1) / 2;
        cell = cell.left(kept) + QChar(0x2026) + cell.right(kept);
    }
    return cell;
}

QString alignedTable(const QList<QStringList> &textRows, const QList<int> &rightAligned)
{
    QList<QStringList> rows;
    for (const QStringList &textRow : textRows) {
        QStringList row;
        for (const QString &value : textRow)
            row.append(tableCell(value));
        rows.append(row);
    }

    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column == widths.size())
                widths.append(0);
            widths[column] = std::max(widths[column], row[column].size());
        }
    }

    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column > 0)
                line += QStringLiteral("  ");
            const int width = static_cast<int>(widths[column]);
            line += rightAligned.contains(column) ? row[column].rightJustified(width)
                                                  : row[column].leftJustified(width);
        }
        // Left-justified last columns pad with spaces that only cost bytes.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

ProgressLine::ProgressLine(bool enabled) : m_enabled(enabled)
{
    m_sinceStart.start();
}

void ProgressLine::update(const ImportProgress &progress)
{
    if (!m_enabled)
        return;

    // A new phase is drawn at once, because merging may take long after the last read.
    const qint64 nowMs = m_sinceStart.elapsed();
    const bool newPhase = progress.phase != m_lastPhase;
    if (!newPhase && nowMs - m_lastDrawMs < RedrawIntervalMs)
        return;
    m_lastDrawMs = nowMs;
    m_lastPhase = progress.phase;
    if (progress.phase == ImportProgress::Phase::Done)
        return;

    QString line;
    if (progress.phase == ImportProgress::Phase::Merging) {
        line = tr("Merging %1 rows into the workspace...").arg(progress.rowsRead);
    } else {
        const int percent = progress.bytesTotal > 0
                                ? static_cast<int>(progress.bytesDone * 100 / progress.bytesTotal)
                                : 0;
        const qint64 rowsPerSecond = nowMs > 0 ? progress.rowsRead * 1000 / nowMs : 0;
        line = tr("%1% read, %2 rows, %3 rows/s, file %4 of %5")
                   .arg(percent, 3)
                   .arg(progress.rowsRead)
                   .arg(rowsPerSecond)
                   .arg(std::min(progress.fileIndex + 1, progress.fileCount))
                   .arg(progress.fileCount);
    }

    // \r returns to the line start and ESC[K erases what a longer line left.
    printDiagnostic(QStringLiteral("\r") + line + QStringLiteral("\x1b[K"));
    m_drawn = true;
}

void ProgressLine::finish()
{
    if (m_drawn)
        printDiagnostic(QStringLiteral("\r\x1b[K"));
    m_drawn = false;
}

} // namespace Flowscope::Cli
