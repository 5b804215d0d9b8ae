#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <optional>

namespace Flowscope {

// The type a report writer gives a column's cells.
enum class ExportColumnType {
    Text,      // a string, written as text everywhere (ids keep their leading zeros)
    Integer,   // a qint64
    Real,      // a double
    Timestamp, // a qint64 of milliseconds since the Unix epoch, shown in the display zone
    Boolean,   // a bool
};

struct ExportColumn
{
    QString name; // the data lake column name, or a snake_case name for computed figures
    ExportColumnType type = ExportColumnType::Text;
};

// Called after every few thousand rows an export writes, with the rows written
// and the rows expected in total. Return false to cancel the export.
using ExportProgressCallback = std::function<bool(qint64 rowsWritten, qint64 rowsTotal)>;

// The rows of one exported view, read one at a time so that a table of
// millions of rows never sits in memory.
//
// Each row has one QVariant per column. An invalid QVariant (QVariant()) is
// SQL NULL. A Text cell holds a QString or, from workspace scans, a
// QByteArray of UTF-8; an empty string is a valid, non-NULL value.
class ExportTable
{
public:
    virtual ~ExportTable() = default;

    // The view name, such as "flow-events"; writers use it for sheet names.
    virtual QString viewName() const = 0;
    virtual const QList<ExportColumn> &columns() const = 0;
    // The number of rows next() will return, for progress.
    virtual qint64 rowCount() const = 0;
    // Reads the next row into `row`. Returns false at the end, or on a
    // failure that error() then describes.
    virtual bool next(QVariantList &row) = 0;
    // What failed; empty when every row was read.
    virtual QString error() const { return {}; }
};

// An ExportTable over rows computed in memory, for the aggregated views.
class MemoryExportTable final : public ExportTable
{
public:
    MemoryExportTable(const QString &viewName, const QList<ExportColumn> &columns,
                      const QList<QVariantList> &rows);

    QString viewName() const override { return m_viewName; }
    const QList<ExportColumn> &columns() const override { return m_columns; }
    qint64 rowCount() const override { return m_rows.size(); }
    bool next(QVariantList &row) override;

private:
    QString m_viewName;
    QList<ExportColumn> m_columns;
    QList<QVariantList> m_rows;
    qsizetype m_next = 0;
};

// Formats epoch milliseconds as ISO 8601 in `zone` with its offset at that
// instant: 2026-11-03T09:05:09.123-05:00, or ...Z for UTC. Caches the offset
// between the zone's transitions, so consecutive calls are cheap; not
// thread-safe, use one per thread.
class TimestampFormatter
{
public:
    explicit TimestampFormatter(const QTimeZone &zone = QTimeZone::utc());

    QString format(qint64 epochMs);
    QByteArray formatUtf8(qint64 epochMs);
    // The offset from UTC in seconds at `epochMs`.
    int offsetSeconds(qint64 epochMs);

private:
    QTimeZone m_zone;
    bool m_utc = true;
    // The offset is valid in [m_validFromMs, m_validToMs).
    qint64 m_validFromMs = 1;
    qint64 m_validToMs = 0;
    int m_offsetSeconds = 0;
};

// The cell as text for readers of text formats (CSV, PDF): NULL is a null
// QString, Text is the string, numbers in the C locale with no exponent for
// integers, timestamps through `timestamps`, booleans as true/false.
QString exportCellText(const QVariant &value, ExportColumnType type,
                       TimestampFormatter &timestamps);

// The column list of `columns` in the same order, for headers.
QStringList exportColumnNames(const QList<ExportColumn> &columns);

} // namespace Flowscope
