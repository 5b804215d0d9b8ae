#include "testanalyticsmodels.h"

#include "plaintooltip.h"
#include "schema.h"
#include "tablemodel.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Flowscope {

namespace {

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QString formatSeconds(const std::optional<double> &seconds)
{
    if (!seconds)
        return QCoreApplication::translate("Flowscope::TestAnalytics", "–");
    return QCoreApplication::translate("Flowscope::TestAnalytics", "%1 s")
        .arg(QString::number(*seconds, 'f', 1));
}

// The text of a connect_test_case_result, with NULL shown distinctly.
QString resultText(const QString &result)
{
    if (result.isNull())
        return QCoreApplication::translate("Flowscope::TestAnalytics", "no result");
    return result;
}

QString singleLine(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

// The elements of a JSON array, or nothing when `text` is not one.
std::optional<QStringList> arrayElements(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray())
        return std::nullopt;

    QStringList elements;
    const QJsonArray array = document.array();
    for (const QJsonValue &element : array)
        elements.append(element.isString() ? element.toString() : element.toVariant().toString());
    return elements;
}

// Orders values of one column: NULL first, numbers by value, text by code point.
bool lessValue(const QVariant &first, const QVariant &second)
{
    if (first.isNull() || second.isNull())
        return first.isNull() && !second.isNull();
    if (first.typeId() == QMetaType::LongLong && second.typeId() == QMetaType::LongLong)
        return first.toLongLong() < second.toLongLong();
    return first.toString() < second.toString();
}

// Compares two optional values with the empty ones last in ascending order.
template <typename T>
int compareOptional(const std::optional<T> &first, const std::optional<T> &second)
{
    if (first.has_value() != second.has_value())
        return first.has_value() ? -1 : 1;
    if (!first || *first == *second)
        return 0;
    return *first < *second ? -1 : 1;
}

} // namespace

QString formatRate(const std::optional<double> &rate)
{
    if (!rate)
        return QCoreApplication::translate("Flowscope::TestAnalytics", "–");
    return QCoreApplication::translate("Flowscope::TestAnalytics", "%1 %")
        .arg(QString::number(*rate * 100.0, 'f', 1));
}

// --- TestTrendModel ---

TestTrendModel::TestTrendModel(QObject *parent) : QAbstractTableModel(parent) {}

void TestTrendModel::setTrend(const TestTrend &trend)
{
    beginResetModel();
    m_trend = trend;
    endResetModel();
}

int TestTrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trend.points.size());
}

int TestTrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TestTrendModel::bucketLabel(const TrendPoint &point) const
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(point.startMs, m_trend.options.zone).date();
    switch (m_trend.options.bucket) {
    case TrendBucket::Day:
        return date.toString(Qt::ISODate);
    case TrendBucket::Week: {
        int year = 0;
        const int week = date.weekNumber(&year);
        return tr("%1-W%2 (from %3)")
            .arg(year)
            .arg(week, 2, 10, QLatin1Char('0'))
            .arg(date.toString(Qt::ISODate));
    }
    case TrendBucket::Month:
        return date.toString(QStringLiteral("yyyy-MM"));
    }
    return {};
}

QVariant TestTrendModel::rawValue(const TrendPoint &point, int column) const
{
    switch (column) {
    case BucketColumn:
        return point.startMs;
    case ExecutionsColumn:
        return point.counts.executions();
    case PassedColumn:
        return point.counts.passed;
    case FailedColumn:
        return point.counts.failed;
    case SkippedColumn:
        return point.counts.skipped;
    case AbortedColumn:
        return point.counts.aborted;
    case NoResultColumn:
        return point.counts.noResult;
    case OtherColumn:
        return point.counts.other;
    case PassRateColumn:
        return optionalValue(point.counts.passRate());
    case AverageDurationColumn:
        return optionalValue(point.averageDurationSeconds());
    }
    return {};
}

QVariant TestTrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrendPoint &point = m_trend.points.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case BucketColumn:
            return bucketLabel(point);
        case PassRateColumn:
            return formatRate(point.counts.passRate());
        case AverageDurationColumn:
            return formatSeconds(point.averageDurationSeconds());
        default:
            return QString::number(rawValue(point, index.column()).toLongLong());
        }
    case Qt::TextAlignmentRole:
        if (index.column() == BucketColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case RawValueRole:
        return rawValue(point, index.column());
    default:
        return {};
    }
}

QVariant TestTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && section == PassRateColumn)
        return passRateFormula();
    if (role != Qt::DisplayRole)
        return {};

    switch (section) {
    case BucketColumn:
        return tr("Bucket");
    case ExecutionsColumn:
        return tr("Executions");
    case PassedColumn:
        return tr("Passed");
    case FailedColumn:
        return tr("Failed");
    case SkippedColumn:
        return tr("Skipped");
    case AbortedColumn:
        return tr("Aborted");
    case NoResultColumn:
        return tr("No result");
    case OtherColumn:
        return tr("Other result");
    case PassRateColumn:
        return tr("Pass rate");
    case AverageDurationColumn:
        return tr("Average duration");
    }
    return {};
}

// --- TestHistoryModel ---

TestHistoryModel::TestHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void TestHistoryModel::setHistory(const TestHistory &history)
{
    beginResetModel();
    m_history = history;
    endResetModel();
}

void TestHistoryModel::setFlakyRule(const FlakyRule &rule)
{
    m_rule = rule;
    if (!m_history.testCases.isEmpty())
        Q_EMIT dataChanged(index(0, FlakyColumn), index(rowCount() - 1, FlakyColumn));
}

void TestHistoryModel::setRunColumns(int columns)
{
    beginResetModel();
    m_runColumns = std::max(columns, 1);
    endResetModel();
}

void TestHistoryModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
}

int TestHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.testCases.size());
}

int TestHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstRunColumn + m_runColumns;
}

const TestRun *TestHistoryModel::runAt(const TestCaseHistory &testCase, int column) const
{
    // The last column shows the latest run.
    const qsizetype fromEnd = FirstRunColumn + m_runColumns - 1 - column;
    const qsizetype runIndex = testCase.runs.size() - 1 - fromEnd;
    if (runIndex < 0)
        return nullptr;
    return &testCase.runs.at(runIndex);
}

QString TestHistoryModel::changeText(const TestCaseHistory &testCase) const
{
    if (testCase.isNewFailure())
        return tr("new failure");
    if (testCase.isFixed())
        return tr("fixed");
    return {};
}

QVariant TestHistoryModel::rawValue(const TestCaseHistory &testCase, int column) const
{
    switch (column) {
    case NameColumn:
        return testCase.name.isNull() ? testCase.arn : testCase.name;
    case ExecutionsColumn:
        return testCase.counts.executions();
    case PassRateColumn:
        return optionalValue(testCase.passRate());
    case LastResultColumn:
        return testCase.lastResult();
    case FlakyColumn:
        return testCase.isFlaky(m_rule);
    case ChangeColumn:
        return changeText(testCase);
    }
    return {};
}

QVariant TestHistoryModel::runData(const TestCaseHistory &testCase, int column, int role) const
{
    const TestRun *run = runAt(testCase, column);
    if (!run)
        return {};

    switch (role) {
    case Qt::DisplayRole:
        return resultText(run->result);
    case Qt::ToolTipRole:
        return tr("%1\n%2\nExecution %3")
            .arg(QDateTime::fromMSecsSinceEpoch(run->startMs, m_zone)
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                 resultText(run->result), run->executionId);
    case RunResultRole:
    case RawValueRole:
        return run->result;
    case RunExecutionIdRole:
        return run->executionId;
    default:
        return {};
    }
}

QVariant TestHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TestCaseHistory &testCase = m_history.testCases.at(index.row());
    if (index.column() >= FirstRunColumn)
        return runData(testCase, index.column(), role);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PassRateColumn:
            return formatRate(testCase.passRate());
        case LastResultColumn:
            return testCase.runs.isEmpty() ? QString() : resultText(testCase.lastResult());
        case FlakyColumn:
            return testCase.isFlaky(m_rule) ? tr("flaky") : QString();
        case ExecutionsColumn:
            return QString::number(testCase.counts.executions());
        default:
            return rawValue(testCase, index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return testCase.arn;
        if (index.column() == FlakyColumn)
            return tr("%n result switch(es) in the last %1 passed or failed runs", nullptr,
                      testCase.resultSwitches(m_rule.windowRuns))
                .arg(m_rule.windowRuns);
        return {};
    case RawValueRole:
        return rawValue(testCase, index.column());
    default:
        return {};
    }
}

QVariant TestHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::ToolTipRole && section == FlakyColumn)
        return tr("At least %1 switches between Passed and Failed in the last %2 such runs")
            .arg(m_rule.minSwitches)
            .arg(m_rule.windowRuns);
    if (role == Qt::ToolTipRole && section == PassRateColumn)
        return passRateFormula();
    if (role != Qt::DisplayRole)
        return {};

    switch (section) {
    case NameColumn:
        return tr("Test case");
    case ExecutionsColumn:
        return tr("Executions");
    case PassRateColumn:
        return tr("Pass rate");
    case LastResultColumn:
        return tr("Last result");
    case FlakyColumn:
        return tr("Flaky");
    case ChangeColumn:
        return tr("Change");
    }
    // Run columns count back from the latest run.
    const int back = FirstRunColumn + m_runColumns - 1 - section;
    return back == 0 ? tr("Latest") : tr("−%1").arg(back);
}

void TestHistoryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= FirstRunColumn)
        return;

    auto less = [this, column](const TestCaseHistory &first, const TestCaseHistory &second) {
        int comparison = 0;
        switch (column) {
        case PassRateColumn:
            comparison = compareOptional(first.passRate(), second.passRate());
            break;
        case ExecutionsColumn:
            comparison = compareOptional(std::optional(first.counts.executions()),
                                         std::optional(second.counts.executions()));
            break;
        case FlakyColumn:
            comparison = int(second.isFlaky(m_rule)) - int(first.isFlaky(m_rule));
            break;
        default:
            comparison = rawValue(first, column)
                             .toString()
                             .compare(rawValue(second, column).toString(), Qt::CaseInsensitive);
            break;
        }
        return comparison != 0 ? comparison < 0 : first.arn < second.arn;
    };

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QString> arns;
    for (const QModelIndex &index : before)
        arns.append(m_history.testCases.at(index.row()).arn);

    if (order == Qt::AscendingOrder)
        std::stable_sort(m_history.testCases.begin(), m_history.testCases.end(), less);
    else
        std::stable_sort(m_history.testCases.begin(), m_history.testCases.end(),
                         [&less](const TestCaseHistory &first, const TestCaseHistory &second) {
                             return less(second, first);
                         });

    // Each test case has one arn, so persistent indexes follow their row by it.
    QHash<QString, int> rowOfArn;
    for (qsizetype row = 0; row < m_history.testCases.size(); ++row)
        rowOfArn.insert(m_history.testCases.at(row).arn, int(row));
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOfArn.value(arns.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// --- FailureReasonModel ---

FailureReasonModel::FailureReasonModel(QObject *parent) : QAbstractTableModel(parent) {}

void FailureReasonModel::setReasons(const FailureReasons &reasons)
{
    beginResetModel();
    m_reasons = reasons;
    endResetModel();
}

int FailureReasonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reasons.reasons.size());
}

int FailureReasonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailureReasonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FailureReasonCount &reason = m_reasons.reasons.at(index.row());

    QVariant value;
    switch (index.column()) {
    case ReasonColumn:
        value = reason.reason;
        break;
    case CategoryColumn:
        value = reason.category;
        break;
    case OccurrencesColumn:
        value = reason.occurrences;
        break;
    case ExecutionsColumn:
        value = reason.executions;
        break;
    case TestCasesColumn:
        value = reason.testCases;
        break;
    }

    switch (role) {
    case Qt::DisplayRole:
        return value.toString();
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn ? QVariant(plainToolTip(value.toString()))
                                              : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() >= OccurrencesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case RawValueRole:
        return value;
    default:
        return {};
    }
}

QVariant FailureReasonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReasonColumn:
        return tr("Failure reason");
    case CategoryColumn:
        return tr("Category");
    case OccurrencesColumn:
        return tr("Occurrences");
    case ExecutionsColumn:
        return tr("Executions");
    case TestCasesColumn:
        return tr("Test cases");
    }
    return {};
}

// --- ExecutionListModel ---

namespace {

// Test execution columns share this prefix. Without it, their headers stay
// distinguishable in narrow columns.
const QString TestCasePrefix = QStringLiteral("connect_test_case_");
const QString TimestampFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz");
// The grey of NULL placeholders, as in the workspace browser.
const QColor NullTextColor(0x8a, 0x8a, 0x8a);

} // namespace

ExecutionListModel::ExecutionListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ExecutionListModel::setList(const ExecutionList &list)
{
    beginResetModel();
    m_list = list;
    m_timestampColumns.clear();
    m_arrayColumns.clear();
    const TableSpec &table = testCaseExecutionResultsSpec();
    for (const QString &name : std::as_const(m_list.columns)) {
        const ColumnSpec *column = table.column(name);
        m_timestampColumns.append(column && column->type == ColumnType::Timestamp);
        m_arrayColumns.append(column && column->type == ColumnType::TextArray);
    }
    endResetModel();
}

void ExecutionListModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (!m_list.rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QString ExecutionListModel::columnName(int column) const
{
    return m_list.columns.value(column);
}

int ExecutionListModel::columnIndex(const QString &name) const
{
    return int(m_list.columns.indexOf(name));
}

int ExecutionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.rows.size());
}

int ExecutionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.columns.size());
}

QString ExecutionListModel::displayText(int column, const QVariant &value) const
{
    if (value.isNull())
        return tr("NULL");
    if (m_timestampColumns.value(column))
        return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), m_zone).toString(TimestampFormat);
    if (m_arrayColumns.value(column)) {
        const std::optional<QStringList> elements = arrayElements(value.toString());
        return elements ? elements->join(QStringLiteral(", ")) : value.toString();
    }
    return value.toString();
}

QVariant ExecutionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const int column = index.column();
    const QVariant value = m_list.rows.at(index.row()).value(column);
    switch (role) {
    case Qt::DisplayRole:
        return singleLine(displayText(column, value));
    case Qt::ToolTipRole: {
        if (value.isNull())
            return tr("NULL: the export has no value here");
        if (m_arrayColumns.value(column)) {
            const std::optional<QStringList> elements = arrayElements(value.toString());
            if (elements && elements->isEmpty())
                return tr("Empty list");
            if (elements)
                return plainToolTip(elements->join(QLatin1Char('\n')));
        }
        if (m_timestampColumns.value(column))
            return tr("%1 (%2 ms since 1970-01-01 UTC)")
                .arg(displayText(column, value), value.toString());
        return plainToolTip(value.toString());
    }
    case Qt::FontRole: {
        if (!value.isNull())
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::ForegroundRole:
        return value.isNull() ? QVariant(NullTextColor) : QVariant();
    case WorkspaceTableModel::RawValueRole:
        return value;
    case WorkspaceTableModel::IsNullRole:
        return value.isNull();
    default:
        return {};
    }
}

QVariant ExecutionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(section + 1);
        return {};
    }
    if (section < 0 || section >= m_list.columns.size())
        return {};

    const QString &name = m_list.columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return name.startsWith(TestCasePrefix) ? name.mid(TestCasePrefix.size()) : name;
    case Qt::ToolTipRole:
    case WorkspaceTableModel::ColumnNameRole:
        return name;
    default:
        return {};
    }
}

void ExecutionListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_list.columns.size())
        return;

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();

    // sourceRows[position] is the row that moves to `position`.
    QList<int> sourceRows(m_list.rows.size());
    for (int row = 0; row < sourceRows.size(); ++row)
        sourceRows[row] = row;
    std::stable_sort(sourceRows.begin(), sourceRows.end(), [&](int first, int second) {
        const QVariant &a = m_list.rows.at(first).at(column);
        const QVariant &b = m_list.rows.at(second).at(column);
        return order == Qt::AscendingOrder ? lessValue(a, b) : lessValue(b, a);
    });

    QList<QVariantList> rows;
    rows.reserve(m_list.rows.size());
    QList<int> positionOf(sourceRows.size());
    for (int position = 0; position < sourceRows.size(); ++position) {
        rows.append(m_list.rows.at(sourceRows.at(position)));
        positionOf[sourceRows.at(position)] = position;
    }
    m_list.rows = rows;

    QModelIndexList after;
    for (const QModelIndex &index : before)
        after.append(this->index(positionOf.at(index.row()), index.column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QString ExecutionListModel::tabSeparatedText(const QItemSelection &selection,
                                             const QList<int> &columnOrder,
                                             bool includeHeader) const
{
    QMap<int, QSet<int>> cells;
    QSet<int> columnSet;
    for (const QItemSelectionRange &range : selection) {
        if (range.model() != this || !range.isValid())
            continue;
        for (int row = range.top(); row <= range.bottom(); ++row) {
            for (int column = range.left(); column <= range.right(); ++column) {
                cells[row].insert(column);
                columnSet.insert(column);
            }
        }
    }
    QList<int> columns;
    if (columnOrder.isEmpty()) {
        columns = QList<int>(columnSet.begin(), columnSet.end());
        std::sort(columns.begin(), columns.end());
    } else {
        for (int column : columnOrder) {
            if (columnSet.contains(column))
                columns.append(column);
        }
    }

    QStringList lines;
    if (includeHeader && !cells.isEmpty()) {
        QStringList names;
        for (int column : std::as_const(columns))
            names.append(headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        lines.append(names.join(QLatin1Char('\t')));
    }
    for (auto row = cells.cbegin(); row != cells.cend(); ++row) {
        const QVariantList &values = m_list.rows.at(row.key());
        QStringList fields;
        for (int column : std::as_const(columns)) {
            const QVariant value = values.value(column);
            const bool copied = row->contains(column) && !value.isNull();
            fields.append(copied ? singleLine(displayText(column, value)) : QString());
        }
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Flowscope
