#pragma once

#include "exportrunner.h"
#include "exporttable.h"
#include "exportviews.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QTimeZone>

#include <memory>

class QIODevice;

namespace Flowscope {

class Renderable;

// One view in a PDF report: its key figures, its charts or map, its rows.
struct PdfReportSection
{
    QString title;
    QList<ExportKpi> kpis;
    QList<std::shared_ptr<const Renderable>> graphics;
    ExportTable *table = nullptr; // may be null: no table
};

struct PdfReport
{
    QString title;
    QString timeSpan; // the filter's window in the display zone
    QList<QPair<QString, QString>> filterFields;
    QTimeZone zone = QTimeZone::utc();
    QList<PdfReportSection> sections;
};

// Writes a report as a landscape A4 PDF with Qt's PDF writer: a heading with
// the title, time span and filter, then per section its KPI tiles, its
// graphics drawn as vectors through Renderable::render, and its table. Table
// cells wrap inside their column, header rows repeat on every page, every
// page carries its number, and every cell is text, so the rows can be found
// and copied. NULL cells show a grey "NULL". `progress` receives the rows
// written and can cancel, and write() then returns false with an empty error.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::PdfReportWriter)

public:
    bool write(QIODevice *device, const PdfReport &report,
               const ExportProgressCallback &progress = {});

    QString error() const { return m_error; }
    qint64 rowsWritten() const { return m_rows; }
    int pageCount() const { return m_pages; }

private:
    QString m_error;
    qint64 m_rows = 0;
    int m_pages = 0;
};

} // namespace Flowscope
