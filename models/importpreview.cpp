#include "importpreview.h"

#include "logging.h"
#include "rowconverter.h"
#include "stagingtable.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <map>
#include <memory>
#include <optional>

namespace Flowscope {

namespace {

// Gives lupdate and the translation lookup the same context.
struct ImportPreviewText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::ImportPreview)
};

// Records read past maxRows while looking for one that decides the table,
// so that a file of broken records does not get read to its end.
constexpr int MaxRecordsBeforeTable = 1000;

// The same rule as RowConverter: only such names can become new columns.
bool isColumnIdentifier(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

// The columns of a preview. Starts with the table's documented columns and
// grows by the columns the file adds, as the staging table would, but in
// memory only.
class MemoryColumnSink final : public ColumnSink
{
public:
    explicit MemoryColumnSink(const TableSpec &table) : m_columns(table.columnNames()) {}

    const QStringList &columns() const override { return m_columns; }

    int addColumn(const QString &name, QString *) override
    {
        m_columns.append(name);
        return int(m_columns.size()) - 1;
    }

private:
    QStringList m_columns;
};

QVariant cellValue(const StagedValue &value)
{
    switch (value.kind) {
    case StagedValue::Kind::Null:
        return {};
    case StagedValue::Kind::Text:
        return QString::fromUtf8(value.text);
    case StagedValue::Kind::Integer:
        return QVariant::fromValue<qint64>(value.integer);
    }
    return {};
}

QVariant rawCellValue(const Field &field)
{
    if (field.isNull())
        return {};
    return QString::fromUtf8(field.text);
}

// The file's text laid out in the preview columns, for rows the importer
// would reject and for files whose table is unknown.
QVariantList rawValues(const Record &record, const QList<int> &columnIndexes, qsizetype width)
{
    QVariantList values(width);
    const qsizetype count = qMin(record.fields.size(), columnIndexes.size());
    for (qsizetype i = 0; i < count; ++i) {
        const int index = columnIndexes.at(i);
        if (index >= 0 && index < width)
            values[index] = rawCellValue(record.fields.at(i));
    }
    return values;
}

QList<int> identityIndexes(qsizetype count)
{
    QList<int> indexes;
    for (qsizetype i = 0; i < count; ++i)
        indexes.append(int(i));
    return indexes;
}

QList<int> sinkIndexes(const QList<ColumnMappingEntry> &mapping, const QStringList &sinkColumns)
{
    QList<int> indexes;
    for (const ColumnMappingEntry &entry : mapping)
        indexes.append(
            entry.workspaceColumn.isEmpty() ? -1 : int(sinkColumns.indexOf(entry.workspaceColumn)));
    return indexes;
}

QList<ColumnProblemCount> countProblems(const QList<PreviewRow> &rows)
{
    std::map<std::pair<QString, int>, int> counts;
    for (const PreviewRow &row : rows) {
        if (row.rejection)
            ++counts[{row.rejection->columnName, int(row.rejection->kind)}];
    }

    QList<ColumnProblemCount> problems;
    for (const auto &[key, count] : counts) {
        ColumnProblemCount problem;
        problem.column = key.first;
        problem.kind = ImportWarningKind(key.second);
        problem.count = count;
        problems.append(problem);
    }
    return problems;
}

// Reads the records of one file into a preview. Holds the reader and the
// converter, which keeps a reference to the options.
class PreviewRun
{
public:
    PreviewRun(const QString &path, const ImportOptions &options, int maxRows)
        : m_options(options), m_maxRows(qMax(0, maxRows))
    {
        m_preview.detection.path = path;
    }

    ImportPreview run();

private:
    bool open();
    void readRecords();
    void decideTable();
    void addRecord(const Record &record);
    void addBadRecord(const Record &record, const ImportWarning &problem);
    void finish();

    const ImportOptions &m_options;
    int m_maxRows = 0;
    ImportPreview m_preview;
    std::unique_ptr<RecordReader> m_reader;
    std::optional<RowConverter> m_converter; // made once the format is known
    std::unique_ptr<MemoryColumnSink> m_sink;
    bool m_tableDecided = false;
};

bool PreviewRun::open()
{
    InputOptions inputOptions = m_options.input;
    if (inputOptions.tableHint.isEmpty())
        inputOptions.tableHint = m_options.table;

    m_preview.detection = detectInput(m_preview.detection.path, inputOptions);
    m_preview.warnings = m_preview.detection.warnings;
    if (m_preview.detection.error) {
        m_preview.fileProblem = m_preview.detection.error;
        return false;
    }

    ImportWarning openError;
    m_reader = openRecordReader(m_preview.detection, inputOptions, &openError);
    if (!m_reader) {
        m_preview.fileProblem = openError;
        return false;
    }

    m_converter.emplace(m_preview.detection.path, m_preview.detection.format, m_options);
    return true;
}

void PreviewRun::decideTable()
{
    m_tableDecided = true;
    ImportWarning problem;
    if (!m_converter->resolveTable(m_reader->columns(), &problem)) {
        m_preview.fileProblem = problem;
        // The table is known when only a key column is missing, and the
        // mapping can still show where each column would go.
        if (problem.kind == ImportWarningKind::MissingKeyColumn)
            m_preview.table = &m_converter->table();
        return;
    }
    m_preview.table = &m_converter->table();
    m_sink = std::make_unique<MemoryColumnSink>(*m_preview.table);
}

void PreviewRun::addBadRecord(const Record &record, const ImportWarning &problem)
{
    PreviewRow row;
    row.line = problem.line > 0 ? problem.line : record.line;
    row.rejection = problem;
    m_preview.rows.append(row);
    ++m_preview.rejectedRows;
}

void PreviewRun::addRecord(const Record &record)
{
    PreviewRow row;
    row.line = record.line;

    if (!m_sink) {
        row.values = rawValues(record, identityIndexes(m_reader->columns().size()),
                               m_reader->columns().size());
        m_preview.rows.append(row);
        return;
    }

    QString error;
    if (!m_converter->mapColumns(m_reader->columns(), *m_sink, &error)) {
        qCWarning(lcImport) << "preview cannot map the columns of" << m_preview.detection.path
                            << error;
        return;
    }

    ImportWarning problem;
    if (m_converter->convert(record, &problem)) {
        for (const StagedValue &value : m_converter->values())
            row.values.append(cellValue(value));
    } else {
        const QList<ColumnMappingEntry> mapping =
            mapFileColumns(m_reader->columns(), *m_preview.table, m_options.columnMapping);
        row.values =
            rawValues(record, sinkIndexes(mapping, m_sink->columns()), m_sink->columns().size());
        row.rejection = problem;
        ++m_preview.rejectedRows;
    }
    m_preview.rows.append(row);
}

void PreviewRun::readRecords()
{
    Record record;
    int recordsPastPreview = 0;

    for (;;) {
        const RecordReader::Result result = m_reader->next(record);
        if (result == RecordReader::Result::End)
            break;
        if (result == RecordReader::Result::Failed) {
            // As in the importer: a file that breaks before its first row is
            // rejected, one that breaks later keeps the rows read so far.
            if (m_preview.rows.isEmpty() && !m_tableDecided)
                m_preview.fileProblem = m_reader->lastProblem();
            else
                m_preview.warnings.append(m_reader->lastProblem());
            break;
        }

        if (result == RecordReader::Result::Record && !m_tableDecided)
            decideTable();

        if (m_preview.rows.size() >= m_maxRows) {
            m_preview.moreRows = true;
            if (m_tableDecided || ++recordsPastPreview > MaxRecordsBeforeTable)
                break;
            continue;
        }

        if (result == RecordReader::Result::BadRecord)
            addBadRecord(record, m_reader->lastProblem());
        else
            addRecord(record);

        m_preview.warnings.append(m_converter->takeWarnings());
        m_preview.warnings.append(m_reader->takeWarnings());
    }
    m_preview.warnings.append(m_reader->takeWarnings());
}

void PreviewRun::finish()
{
    // A CSV file with a header and no rows still has columns to map.
    if (!m_tableDecided && !m_reader->columns().isEmpty())
        decideTable();

    m_preview.fileColumns = m_reader->columns();
    if (m_preview.table) {
        m_preview.mapping =
            mapFileColumns(m_preview.fileColumns, *m_preview.table, m_options.columnMapping);
        QSet<QString> filled;
        for (const ColumnMappingEntry &entry : std::as_const(m_preview.mapping)) {
            filled.insert(entry.workspaceColumn);
            if (entry.workspaceColumn.isEmpty() || entry.addsColumn)
                m_preview.extraColumns.append(entry.fileColumn);
        }
        for (const ColumnSpec &column : m_preview.table->columns) {
            if (!filled.contains(column.name))
                m_preview.missingColumns.append(column.name);
        }

        m_preview.warnings.append(m_converter->finishWarnings());
    }

    if (m_sink) {
        m_preview.columns = m_preview.table->columnNames();
        for (const ColumnMappingEntry &entry : std::as_const(m_preview.mapping)) {
            if (entry.addsColumn && !m_preview.columns.contains(entry.workspaceColumn))
                m_preview.columns.append(entry.workspaceColumn);
        }
    } else {
        // Nothing was converted, so the rows hold the file's text in file order.
        m_preview.columns = m_preview.fileColumns;
    }

    // JSON readers and new columns widen the rows as they go, so early rows
    // are shorter; the missing cells are NULL.
    for (PreviewRow &row : m_preview.rows)
        row.values.resize(m_preview.columns.size());

    m_preview.problems = countProblems(m_preview.rows);
}

ImportPreview PreviewRun::run()
{
    if (!open())
        return m_preview;
    readRecords();
    finish();
    return m_preview;
}

} // namespace

QString ColumnProblemCount::description() const
{
    switch (kind) {
    case ImportWarningKind::InvalidTimestamp:
        return ImportPreviewText::tr("%n timestamp(s) could not be read", nullptr, count);
    case ImportWarningKind::AmbiguousDate:
        return ImportPreviewText::tr("%n date(s) are ambiguous: set a date pattern in the options",
                                     nullptr, count);
    case ImportWarningKind::InvalidArray:
        return ImportPreviewText::tr("%n list(s) could not be read", nullptr, count);
    case ImportWarningKind::MissingKeyValue:
        return ImportPreviewText::tr("%n row(s) have no primary key value", nullptr, count);
    case ImportWarningKind::FieldCountMismatch:
        return ImportPreviewText::tr("%n row(s) have the wrong number of fields", nullptr, count);
    case ImportWarningKind::UnterminatedQuote:
    case ImportWarningKind::BareQuote:
        return ImportPreviewText::tr("%n row(s) have a misplaced quote", nullptr, count);
    case ImportWarningKind::InvalidJson:
        return ImportPreviewText::tr("%n record(s) are not valid JSON", nullptr, count);
    case ImportWarningKind::InvalidEncoding:
        return ImportPreviewText::tr("%n value(s) are not valid text in the file's encoding",
                                     nullptr, count);
    default:
        return ImportPreviewText::tr("%n row(s) would be rejected", nullptr, count);
    }
}

QList<ColumnMappingEntry> mapFileColumns(const QStringList &fileColumns, const TableSpec &table,
                                         const QHash<QString, QString> &columnMapping)
{
    QList<ColumnMappingEntry> mapping;
    QSet<QString> used;

    for (const QString &fileColumn : fileColumns) {
        ColumnMappingEntry entry;
        entry.fileColumn = fileColumn;

        QString target = fileColumn.trimmed().toLower();
        for (auto it = columnMapping.cbegin(); it != columnMapping.cend(); ++it) {
            if (it.key().trimmed().compare(fileColumn.trimmed(), Qt::CaseInsensitive) == 0) {
                target = it.value().trimmed().toLower();
                entry.mappedByUser = true;
                break;
            }
        }

        if (const ColumnSpec *spec = table.column(target)) {
            entry.workspaceColumn = spec->name;
        } else if (isColumnIdentifier(target)) {
            entry.workspaceColumn = target;
            entry.addsColumn = true;
        }

        if (!entry.workspaceColumn.isEmpty() && used.contains(entry.workspaceColumn)) {
            entry.workspaceColumn.clear();
            entry.addsColumn = false;
        }
        used.insert(entry.workspaceColumn);
        mapping.append(entry);
    }
    return mapping;
}

ImportPreview previewImportFile(const QString &path, const ImportOptions &options, int maxRows)
{
    PreviewRun run(path, options, maxRows);
    return run.run();
}

} // namespace Flowscope
