export { BomExchangeModule } from './bom-exchange.module';
