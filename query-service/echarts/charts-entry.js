// The parts of Apache ECharts the web interface's charts page draws with, and nothing else: the sunburst, treemap,
// bar and line series, the grid, tooltip and legend (plain and scrolling) components, and the canvas renderer.
import { use } from 'echarts/core';
import { SunburstChart, TreemapChart, BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([SunburstChart, TreemapChart, BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export * from 'echarts/core';
