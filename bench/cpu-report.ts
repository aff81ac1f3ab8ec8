// Preloaded into a benchmarked process (`node -r out/bench/cpu-report.js ...`): when the process exits, writes
// its own CPU time (user + system) and peak RSS as JSON to the file named by NEWS_ANNOTATOR_CPU_REPORT. This
// measures the real `bin/news-annotator.js` process, start-up and output included, without changing it.

import * as fs from 'node:fs';

const target = process.env.NEWS_ANNOTATOR_CPU_REPORT;
if (target) {
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    fs.writeFileSync(target, JSON.stringify({
      cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024,
    }));
  });
}
