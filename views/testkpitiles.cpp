#include "testkpitiles.h"

#include "testanalyticsmodels.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace Flowscope {

namespace {

const QString PeriodTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");
const QChar MinusSign(0x2212);

QString translated(const char *text)
{
    return QCoreApplication::translate("Flowscope::TestKpiTiles", text);
}

std::optional<double> tileNumber(TestKpiTiles::Tile tile, const KpiValues &values)
{
    switch (tile) {
    case TestKpiTiles::ExecutionsTile:
        return values.counts.executions() > 0 ? std::optional<double>(values.counts.executions())
                                              : std::nullopt;
    case TestKpiTiles::PassRateTile:
        return values.counts.passRate();
    case TestKpiTiles::FailureRateTile:
        return values.counts.failureRate();
    case TestKpiTiles::AverageDurationTile:
        return values.averageDurationSeconds;
    case TestKpiTiles::TileCount:
        break;
    }
    return std::nullopt;
}

QString signedDifference(TestKpiTiles::Tile tile, double difference)
{
    // The difference in the unit and precision shown: whole executions, or
    // percentage points and seconds with one decimal.
    int decimals = 1;
    double shown = difference;
    QString unit;
    switch (tile) {
    case TestKpiTiles::ExecutionsTile:
        decimals = 0;
        break;
    case TestKpiTiles::PassRateTile:
    case TestKpiTiles::FailureRateTile:
        shown = difference * 100.0;
        unit = translated(" pp");
        break;
    case TestKpiTiles::AverageDurationTile:
        unit = translated(" s");
        break;
    case TestKpiTiles::TileCount:
        break;
    }
    const double scale = std::pow(10.0, decimals);
    shown = std::round(shown * scale) / scale;
    const QString number = QLocale().toString(std::abs(shown), 'f', decimals);

    // A difference that rounds to zero shows as no change.
    if (shown == 0)
        return QStringLiteral("= ") + number + unit;
    if (shown > 0)
        return QStringLiteral("▲ +") + number + unit;
    return QStringLiteral("▼ ") + MinusSign + number + unit;
}

QString periodText(const KpiValues &values, const QTimeZone &zone)
{
    return QStringLiteral("%1 – %2").arg(
        QDateTime::fromMSecsSinceEpoch(values.fromMs, zone).toString(PeriodTimeFormat),
        QDateTime::fromMSecsSinceEpoch(values.toMs, zone).toString(PeriodTimeFormat));
}

} // namespace

TestKpiTiles::TestKpiTiles(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int tile = 0; tile < TileCount; ++tile) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setObjectName(QStringLiteral("kpiTile%1").arg(tile));

        m_titles[tile] = new QLabel(frame);
        m_values[tile] = new QLabel(frame);
        QFont valueFont = m_values[tile]->font();
        valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
        valueFont.setBold(true);
        m_values[tile]->setFont(valueFont);
        m_changes[tile] = new QLabel(frame);

        auto *tileLayout = new QVBoxLayout(frame);
        tileLayout->setSpacing(2);
        tileLayout->addWidget(m_titles[tile]);
        tileLayout->addWidget(m_values[tile]);
        tileLayout->addWidget(m_changes[tile]);
        layout->addWidget(frame, 1);
    }
    updateTiles();
}

void TestKpiTiles::setKpis(const TestKpis &kpis)
{
    m_kpis = kpis;
    updateTiles();
}

void TestKpiTiles::setDisplayTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    updateTiles();
}

QString TestKpiTiles::titleText(Tile tile) const
{
    return m_titles[tile]->text();
}

QString TestKpiTiles::valueText(Tile tile) const
{
    return m_values[tile]->text();
}

QString TestKpiTiles::changeText(Tile tile) const
{
    return m_changes[tile]->text();
}

QString TestKpiTiles::formatValue(Tile tile, const KpiValues &values)
{
    switch (tile) {
    case ExecutionsTile:
        return QLocale().toString(values.counts.executions());
    case PassRateTile:
        return formatRate(values.counts.passRate());
    case FailureRateTile:
        return formatRate(values.counts.failureRate());
    case AverageDurationTile:
        if (!values.averageDurationSeconds)
            return translated("–");
        return translated("%1 s").arg(QString::number(*values.averageDurationSeconds, 'f', 1));
    case TileCount:
        break;
    }
    return {};
}

QString TestKpiTiles::formatChange(Tile tile, const KpiValues &current, const KpiValues &previous)
{
    const std::optional<double> before = tileNumber(tile, previous);
    if (!before)
        return translated("no previous data");

    // The executions tile compares counts, and a period without runs has zero.
    const std::optional<double> now = tile == ExecutionsTile
                                          ? std::optional<double>(current.counts.executions())
                                          : tileNumber(tile, current);
    if (!now)
        return translated("previous: %1").arg(formatValue(tile, previous));
    return signedDifference(tile, *now - *before);
}

void TestKpiTiles::updateTiles()
{
    const char *titles[TileCount] = {
        QT_TRANSLATE_NOOP("Flowscope::TestKpiTiles", "Executions"),
        QT_TRANSLATE_NOOP("Flowscope::TestKpiTiles", "Pass rate"),
        QT_TRANSLATE_NOOP("Flowscope::TestKpiTiles", "Failure rate"),
        QT_TRANSLATE_NOOP("Flowscope::TestKpiTiles", "Average duration"),
    };

    for (int index = 0; index < TileCount; ++index) {
        const auto tile = Tile(index);
        m_titles[index]->setText(translated(titles[index]));
        if (!m_kpis.hasPeriod) {
            m_values[index]->setText(translated("–"));
            m_changes[index]->setText(translated("no executions"));
            m_values[index]->parentWidget()->setToolTip({});
            continue;
        }

        m_values[index]->setText(formatValue(tile, m_kpis.current));
        m_changes[index]->setText(formatChange(tile, m_kpis.current, m_kpis.previous));
        m_values[index]->parentWidget()->setToolTip(
            tr("This period: %1\nPrevious period of the same length: %2, %3")
                .arg(periodText(m_kpis.current, m_zone), periodText(m_kpis.previous, m_zone),
                     formatValue(tile, m_kpis.previous)));
    }
}

} // namespace Flowscope
