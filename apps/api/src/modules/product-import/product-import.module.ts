import { defineFeature } from '../../define-feature';
import { ProductImport, ProductImportRow } from './product-import.entity';
import { runProductImportJob, sweepProductImportsJob } from './product-import.jobs';
import { ProductImportResolver } from './product-import.resolver';
import { productImportUploadRoute } from './product-import.route';

/** Many products at once from a CSV file: the upload route, the background job, the report. */
export const productImportFeature = defineFeature({
  name: 'product-import',
  resolvers: [ProductImportResolver],
  entities: [ProductImport, ProductImportRow],
  jobs: [runProductImportJob, sweepProductImportsJob],
  routes: [productImportUploadRoute],
});
