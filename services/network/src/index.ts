export { NetworkModule, type NetworkModuleOptions } from './network.module';
