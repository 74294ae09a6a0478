import { CODES } from '../src/issues/codes';
import { renderCodesDoc } from '../src/issues/codesDoc';

process.stdout.write(renderCodesDoc(CODES));
