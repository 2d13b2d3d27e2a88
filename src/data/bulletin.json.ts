// The annual population bulletin (人口发展统计公报) of every reported year, generated from the
// pipeline's outputs for the extract in POP_DATA_DIR (default: data/sample): {years, bulletins}.
import {bulletinsFromFolder} from "../../loaders/bulletin/bulletinsFromFolder.ts";
import {pipelineOutputsDir} from "../../loaders/site/pipelineOutputsDir.ts";

process.stdout.write(JSON.stringify(bulletinsFromFolder(await pipelineOutputsDir())));
