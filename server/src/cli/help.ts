/** The CLI's help text (Chinese). */
export const HELP_TEXT = `govflow 命令行工具

用法：
  govflow catalog validate <文件>   校验事项目录文件（.json 或 .xlsx），列出全部错误和警告
  govflow catalog import <文件>     校验后将事项发布到内置数据库；有任何错误则一个也不导入
                                    （内容有变化的事项发布为新版本，版本号由数据库顺延；未变化的跳过）
  govflow catalog export <文件>     将数据库中各事项的最新版本导出为 .json 或 .xlsx（按扩展名）

选项：
  --demo              export 时导出演示事项目录，而不是数据库中的事项
  --data-dir <目录>   数据目录（默认取环境变量 GOVFLOW_DATA_DIR，否则为 ./data）
  --max-size <MB>     可接受的最大文件（默认 .json 50 MB，.xlsx 20 MB）
  --by <名称>         import 时记录的发布人（默认 catalog-cli）
  -h, --help          显示本帮助

退出码：0 成功；1 文件内容有误或无法读写；2 用法错误。

示例：
  npx govflow catalog export --demo 事项目录.xlsx
  npx govflow catalog validate 事项目录.xlsx
  GOVFLOW_DATA_DIR=./data npx govflow catalog import 事项目录.xlsx
`;
